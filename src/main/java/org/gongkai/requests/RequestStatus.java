package org.gongkai.requests;

/** Where an application stands; the transition table says what may happen next. */
public enum RequestStatus {

	/** Submitted online, waiting for the office to confirm receipt (OGI art. 31 (三)); no clock runs. */
	SUBMITTED,
	/** Received: the 20-working-day clock runs (OGI art. 33). */
	RECEIVED,
	/** A clarification notice went out (OGI art. 30); the clock restarts when the clarification arrives. */
	AWAITING_CLARIFICATION,
	/** A third party or another agency is consulted (OGI art. 32, 34); the time does not count. */
	IN_CONSULTATION,
	/** A fee notice went out (国办函〔2020〕109号); the time until payment does not count. */
	AWAITING_PAYMENT,
	/** Answered, withdrawn or dropped, with exactly one {@link Outcome}. */
	CLOSED;

	public boolean isOpen() {
		return this != CLOSED;
	}

}
