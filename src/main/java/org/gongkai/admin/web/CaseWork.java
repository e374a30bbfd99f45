package org.gongkai.admin.web;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.requests.RequestQueries;
import org.gongkai.requests.RequestStatus;

import org.springframework.stereotype.Component;

/**
 * The dashboard of a disclosure officer (applications to confirm, due soon, overdue) and of the head of the office
 * (overdue in my agency), from the requests module's worklist.
 */
@Component
class CaseWork {

	private final RequestQueries requests;

	private final AgencyDirectory agencies;

	CaseWork(RequestQueries requests, AgencyDirectory agencies) {
		this.requests = requests;
		this.agencies = agencies;
	}

	List<DashboardSection> of(Staff staff) {
		List<DashboardSection> sections = new ArrayList<>();
		if (staff.has(Role.OFFICER)) {
			List<RequestQueries.WorkItem> open = requests.worklist(staff, RequestQueries.Filter.OPEN);
			sections.add(new DashboardSection("to-confirm", "dashboard.requests.toConfirm",
					items(open.stream().filter(item -> item.status() == RequestStatus.SUBMITTED).toList()),
					"dashboard.requests.toConfirm.none", "/admin/requests"));
			sections.add(new DashboardSection("due-soon", "dashboard.requests.dueSoon",
					items(requests.worklist(staff, RequestQueries.Filter.DUE_SOON)), "dashboard.requests.dueSoon.none",
					"/admin/requests?filter=DUE_SOON"));
			sections.add(new DashboardSection("overdue", "dashboard.requests.overdue",
					items(requests.worklist(staff, RequestQueries.Filter.OVERDUE)), "dashboard.requests.overdue.none",
					"/admin/requests?filter=OVERDUE"));
		}
		if (staff.has(Role.LEADER)) {
			// the extensions waiting for this leader's approval come first, from the requests module's own
			// fragment (admin/request-extensions-todo.html), with their approve and refuse buttons
			String own = agencies.find(staff.agencyId()).orElseThrow().name();
			sections.add(new DashboardSection("overdue-in-agency", "dashboard.requests.overdueInAgency",
					items(requests.worklist(staff, RequestQueries.Filter.OVERDUE)
						.stream()
						.filter(item -> item.agencyName().equals(own))
						.toList()),
					"dashboard.requests.overdue.none", "/admin/requests?filter=OVERDUE"));
		}
		return sections;
	}

	private static List<DashboardSection.Item> items(List<RequestQueries.WorkItem> work) {
		return work.stream().limit(DashboardSection.LIMIT).map(CaseWork::item).toList();
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
