package org.gongkai.admin.web;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.platform.LedgerQuery;
import org.gongkai.requests.RequestLedger;
import org.gongkai.requests.RequestQueries;
import org.gongkai.requests.RequestQueries.Filter;
import org.gongkai.requests.RequestStatus;

import org.springframework.stereotype.Component;

/**
 * The dashboard of a disclosure officer (applications to confirm, due soon, overdue) and of the head of the office
 * (overdue in my agency): the first lines of the requests module's ledger.
 */
@Component
class CaseWork {

	private final RequestLedger requests;

	private final AgencyDirectory agencies;

	CaseWork(RequestLedger requests, AgencyDirectory agencies) {
		this.requests = requests;
		this.agencies = agencies;
	}

	List<DashboardSection> of(Staff staff) {
		List<DashboardSection> sections = new ArrayList<>();
		if (staff.has(Role.OFFICER)) {
			sections.add(new DashboardSection("to-confirm", "dashboard.requests.toConfirm",
					items(staff, Filter.OPEN, RequestStatus.SUBMITTED, null), "dashboard.requests.toConfirm.none",
					"/admin/requests"));
			sections.add(new DashboardSection("due-soon", "dashboard.requests.dueSoon",
					items(staff, Filter.DUE_SOON, null, null), "dashboard.requests.dueSoon.none",
					"/admin/requests?filter=DUE_SOON"));
			sections.add(new DashboardSection("overdue", "dashboard.requests.overdue",
					items(staff, Filter.OVERDUE, null, null), "dashboard.requests.overdue.none",
					"/admin/requests?filter=OVERDUE"));
		}
		if (staff.has(Role.LEADER)) {
			// the extensions waiting for this leader's approval come first, from the requests module's own
			// fragment (admin/request-extensions-todo.html), with their approve and refuse buttons
			String own = agencies.find(staff.agencyId()).orElseThrow().code();
			sections.add(new DashboardSection("overdue-in-agency", "dashboard.requests.overdueInAgency",
					items(staff, Filter.OVERDUE, null, own), "dashboard.requests.overdue.none",
					"/admin/requests?filter=OVERDUE&agency=" + own));
		}
		return sections;
	}

	/** The first lines of the worklist's preset, most urgent first, as the ledger shows them. */
	private List<DashboardSection.Item> items(Staff staff, Filter filter, RequestStatus status, String agency) {
		LedgerQuery query = new LedgerQuery(agency, status == null ? null : status.name(), null, null, null, null,
				null, null, 1, DashboardSection.LIMIT, filter.name());
		return requests.page(staff, query).items().stream().map(CaseWork::item).toList();
	}

	private static DashboardSection.Item item(RequestQueries.WorkItem w) {
		String title = w.trackingNumber() + " " + w.applicantName();
		String href = "/admin/requests/" + w.id();
		if (w.status() == RequestStatus.SUBMITTED || w.dueOn() == null) {
			return DashboardSection.Item.of(href, title, "dashboard.requests.line", false, shorten(w.description()));
		}
		return DashboardSection.Item.of(href, title,
				w.overdue() ? "dashboard.requests.lineOverdue" : "dashboard.requests.lineDue", w.overdue(),
				shorten(w.description()), w.dueOn().toString());
	}

	private static String shorten(String text) {
		return text == null ? "" : text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}

}
