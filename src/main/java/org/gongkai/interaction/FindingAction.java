package org.gongkai.interaction;

/** What is done with a finding; {@link Finding#TABLE} says from which state each leads where. */
public enum FindingAction {

	/** The agency reports the fix with its evidence (整改情况). */
	REPORT_FIX,
	/** The one who found it accepts the fix (销号). */
	SIGN_OFF,
	/** The one who found it does not accept the fix; it is open again, with the reason. */
	RETURN_FIX

}
