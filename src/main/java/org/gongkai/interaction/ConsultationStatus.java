package org.gongkai.interaction;

/** Where a consultation stands; every state but RECEIVED is final for the agency that holds it. */
public enum ConsultationStatus {

	/** Waiting for staff. */
	RECEIVED,
	/** Answered. */
	ANSWERED,
	/** Forwarded to the agency responsible, where it continues under a new tracking number. */
	FORWARDED,
	/** A petition or complaint: the asker is pointed to the 信访 channel (信访工作条例). */
	PETITION,
	/** Not a valid message (e.g. advertising, abuse, empty), with the reason. */
	REJECTED

}
