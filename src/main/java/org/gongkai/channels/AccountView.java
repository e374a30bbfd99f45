package org.gongkai.channels;

import java.time.LocalDate;
import java.util.Set;

import org.gongkai.publishing.ColumnFreshness;

/**
 * A 政务新媒体 account in the register: its last delivered item, its freshness by the inspection indicators, and the
 * moves this staff member may make.
 */
public record AccountView(long id, String agencyCode, String agencyName, String platform, String name,
		String sponsor, AccountStatus status, String channelName, LocalDate lastDelivered, LocalDate dueBy,
		ColumnFreshness.State freshness, Set<AccountAction> allowedActions) {
}
