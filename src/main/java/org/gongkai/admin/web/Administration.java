package org.gongkai.admin.web;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.calendar.CalendarAdministration;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffAccounts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.stereotype.Component;

/**
 * The dashboard of an administrator: the working-day calendar (next year's holiday notice entered or not), the
 * staff accounts, and the health of the node as its health check reports it.
 */
@Component
class Administration {

	private final CalendarAdministration calendars;

	private final StaffAccounts accounts;

	private final ObjectProvider<HealthEndpoint> health;

	Administration(CalendarAdministration calendars, StaffAccounts accounts, ObjectProvider<HealthEndpoint> health) {
		this.calendars = calendars;
		this.accounts = accounts;
		this.health = health;
	}

	List<DashboardSection> of(Staff staff) {
		List<DashboardSection> sections = new ArrayList<>();
		if (!staff.has(Role.ADMIN)) {
			return sections;
		}
		List<DashboardSection.Item> items = new ArrayList<>();
		items.add(calendars.missingNextYear()
			.map(year -> DashboardSection.Item.of("/admin/calendar/" + year, String.valueOf(year),
					"dashboard.admin.calendarMissing", true, year))
			.orElseGet(() -> DashboardSection.Item.of("/admin/calendar", "", "dashboard.admin.calendarComplete",
					false)));
		items.add(DashboardSection.Item.of("/admin/users", "", "dashboard.admin.users", false,
				accounts.readableBy(staff).size()));
		HealthEndpoint endpoint = health.getIfAvailable();
		String status = endpoint == null ? "UNKNOWN" : endpoint.health().getStatus().getCode();
		items.add(DashboardSection.Item.of("/actuator/health", "", "dashboard.admin.health", !"UP".equals(status),
				status));
		sections.add(new DashboardSection("administration", "dashboard.admin.heading", items, null, null));
		return sections;
	}

}
