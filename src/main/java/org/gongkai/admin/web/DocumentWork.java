package org.gongkai.admin.web;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.publishing.DocumentQueries;

import org.springframework.stereotype.Component;

/**
 * The dashboard of an editor (my drafts, those sent back to me with the reviewer's comment, those waiting for
 * review) and of a reviewer (those waiting for me), from the publishing module's {@link DocumentQueries#desk}.
 */
@Component
class DocumentWork {

	private final DocumentQueries documents;

	DocumentWork(DocumentQueries documents) {
		this.documents = documents;
	}

	/** The sections the staff member's roles open, and the number of documents sent back to them. */
	record Work(List<DashboardSection> sections, int sentBack) {
	}

	Work of(Staff staff) {
		List<DashboardSection> sections = new ArrayList<>();
		if (!staff.has(Role.EDITOR) && !staff.has(Role.REVIEWER)) {
			return new Work(sections, 0);
		}
		DocumentQueries.Desk desk = documents.desk(staff, DashboardSection.LIMIT);
		if (staff.has(Role.EDITOR)) {
			sections.add(new DashboardSection("sent-back", "dashboard.documents.sentBack",
					items(desk.sentBack(), true), "dashboard.documents.sentBack.none", null));
			sections.add(new DashboardSection("my-drafts", "dashboard.documents.drafts", items(desk.drafts(), false),
					"dashboard.documents.drafts.none", "/admin/documents"));
			sections.add(new DashboardSection("waiting-for-review", "dashboard.documents.waiting",
					items(desk.waiting(), false), "dashboard.documents.waiting.none", "/admin/documents"));
		}
		if (staff.has(Role.REVIEWER)) {
			sections.add(new DashboardSection("to-review", "dashboard.documents.toReview",
					items(desk.toReview(), false), "dashboard.documents.toReview.none", "/admin/documents"));
		}
		return new Work(sections, desk.sentBack().size());
	}

	private static List<DashboardSection.Item> items(List<DocumentQueries.Line> lines, boolean comment) {
		return lines.stream()
			.map(line -> comment
					? DashboardSection.Item.of("/admin/documents/" + line.id(), line.title(),
							"dashboard.documents.comment", true, line.reviewComment())
					: DashboardSection.Item.of("/admin/documents/" + line.id(), line.title(), line.statusKey(), false))
			.toList();
	}

}
