package org.gongkai.admin.web;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.publishing.DocumentQueries;
import org.gongkai.publishing.PublicationCandidate;
import org.gongkai.publishing.PublicationCandidates;

import org.springframework.stereotype.Component;

/**
 * The dashboard of an editor (my drafts, those sent back to me with the reviewer's comment, those waiting for
 * review, and information several applicants were given that waits for a decision on proactive publication, OGI
 * art. 44) and of a reviewer (those waiting for me), from the publishing module's {@link DocumentQueries#desk} and
 * {@link PublicationCandidates#undecided}.
 */
@Component
class DocumentWork {

	private final DocumentQueries documents;

	private final PublicationCandidates candidates;

	DocumentWork(DocumentQueries documents, PublicationCandidates candidates) {
		this.documents = documents;
		this.candidates = candidates;
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
			sections.add(new DashboardSection("publication-candidates", "dashboard.candidates",
					candidates(candidates.undecided(staff)), "dashboard.candidates.none",
					"/admin/publication-candidates"));
		}
		if (staff.has(Role.REVIEWER)) {
			sections.add(new DashboardSection("to-review", "dashboard.documents.toReview",
					items(desk.toReview(), false), "dashboard.documents.toReview.none", "/admin/documents"));
		}
		return new Work(sections, desk.sentBack().size());
	}

	/** The undecided candidates, those an applicant suggested publishing marked urgent. */
	private static List<DashboardSection.Item> candidates(List<PublicationCandidate> undecided) {
		return undecided.stream()
			.limit(DashboardSection.LIMIT)
			.map(candidate -> DashboardSection.Item.of("/admin/publication-candidates", candidate.description(),
					"dashboard.candidates.applications", candidate.suggestedByApplicant(),
					candidate.applications().size()))
			.toList();
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
