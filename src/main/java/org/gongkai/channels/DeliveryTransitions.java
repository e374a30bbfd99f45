package org.gongkai.channels;

import static org.gongkai.channels.DeliveryAction.FAIL;
import static org.gongkai.channels.DeliveryAction.GIVE_UP;
import static org.gongkai.channels.DeliveryAction.RESEND;
import static org.gongkai.channels.DeliveryAction.SUCCEED;
import static org.gongkai.channels.DeliveryStatus.DELIVERED;
import static org.gongkai.channels.DeliveryStatus.FAILED;
import static org.gongkai.channels.DeliveryStatus.PENDING;
import static org.gongkai.channels.DeliveryStatus.RETRYING;

import org.gongkai.platform.TransitionTable;

/** The one table of a delivery's moves; a resend is allowed once an attempt has been made. */
final class DeliveryTransitions {

	static final TransitionTable<DeliveryStatus, DeliveryAction> TABLE = TransitionTable
		.builder(DeliveryStatus.class, DeliveryAction.class, "channels.delivery.notAllowed")
		.initial(PENDING)
		.from(PENDING).on(SUCCEED, DELIVERED).on(FAIL, RETRYING).on(GIVE_UP, FAILED)
		.from(RETRYING).on(SUCCEED, DELIVERED).on(FAIL, RETRYING).on(GIVE_UP, FAILED).on(RESEND, PENDING)
		.from(DELIVERED).on(RESEND, PENDING)
		.from(FAILED).on(RESEND, PENDING)
		.build();

	private DeliveryTransitions() {
	}

}
