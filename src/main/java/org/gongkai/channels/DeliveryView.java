package org.gongkai.channels;

import java.util.Set;

/**
 * A row of the ledger as staff see it, with the actions this staff member may take on it now (a resend, where the
 * table allows it and they may act for the agency).
 */
public record DeliveryView(Delivery delivery, String agencyName, String channelName, ChannelKind channelKind,
		Set<DeliveryAction> allowedActions) {

	public boolean may(String action) {
		return allowedActions.contains(DeliveryAction.valueOf(action));
	}

}
