package org.gongkai.channels;

/** The moves of a delivery: the job's attempts, and staff's resend. */
public enum DeliveryAction {

	/** The channel accepted an attempt. */
	SUCCEED,
	/** An attempt failed and another is allowed. */
	FAIL,
	/** An attempt failed and it was the last. */
	GIVE_UP,
	/** Staff send it again from the start. */
	RESEND

}
