package org.gongkai.interaction;

/** Where a finding stands: OPEN → FIX_REPORTED → CLOSED (销号), or back to OPEN when the fix is not accepted. */
public enum FindingStatus {

	/** To be fixed by the deadline. */
	OPEN,
	/** The agency reported the fix with its evidence; waiting for sign-off. */
	FIX_REPORTED,
	/** Signed off (销号). */
	CLOSED

}
