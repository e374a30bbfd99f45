package org.gongkai.interaction;

/**
 * What staff may do with a consultation; {@link Consultation#TABLE} says from which state each leads where, and
 * each ends the agency's handling of it.
 */
public enum Triage {

	/** Answer it. */
	ANSWER,
	/** Forward it to another agency. */
	FORWARD,
	/** Mark it as a petition or complaint and point to the 信访 channel. */
	MARK_PETITION,
	/** Reject it as invalid, with a reason. */
	REJECT

}
