package org.gongkai.channels;

/** Where a delivery stands. */
public enum DeliveryStatus {

	/** Waiting for its first attempt (or its first after a resend). */
	PENDING,
	/** An attempt failed; the next one is due at {@code next_attempt_at}. */
	RETRYING,
	/** The channel accepted it. */
	DELIVERED,
	/** Given up after the last attempt the backoff allows; staff may resend. */
	FAILED

}
