package org.gongkai.admin.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.annualreport.ReportComments;
import org.gongkai.annualreport.Supervision;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.interaction.FindingStatus;
import org.gongkai.interaction.Inspections;
import org.gongkai.platform.Beijing;
import org.gongkai.requests.RequestQueries;

import org.springframework.stereotype.Component;

/**
 * The dashboard of a supervising office: the agencies with overdue applications, the annual reports of last year
 * not published (a sent-back one with the comment), and the findings of inspections not signed off, from the
 * requests, annual report and interaction modules; and for the agency that writes a report, its reports sent back
 * or with a correction requested, with the supervising office's comment.
 */
@Component
class Oversight {

	private final RequestQueries requests;

	private final Supervision reports;

	private final Inspections inspections;

	private final ReportComments comments;

	private final Clock clock;

	Oversight(RequestQueries requests, Supervision reports, ReportComments comments, Inspections inspections,
			Clock clock) {
		this.requests = requests;
		this.reports = reports;
		this.comments = comments;
		this.inspections = inspections;
		this.clock = clock;
	}

	List<DashboardSection> of(Staff staff) {
		List<DashboardSection> sections = new ArrayList<>();
		if (staff.has(Role.OFFICER) || staff.has(Role.LEADER) || staff.has(Role.ADMIN)) {
			List<ReportComments.Waiting> waiting = comments.waiting(staff);
			if (!waiting.isEmpty()) {
				sections.add(new DashboardSection("reports-sent-back", "dashboard.reports.sentBack",
						waiting.stream()
							.limit(DashboardSection.LIMIT)
							.map(report -> DashboardSection.Item.of("/admin/annual-reports/" + report.year(),
									report.comment(), "dashboard.reports.waiting." + report.state(), true,
									report.year(), report.authorAgency()))
							.toList(),
						null, "/admin/annual-reports"));
			}
		}
		if (!staff.has(Role.SUPERVISOR)) {
			return sections;
		}
		sections.add(new DashboardSection("agencies-late", "dashboard.oversight.agenciesLate",
				requests.countsByAgency(staff)
					.stream()
					.filter(counts -> counts.overdue() > 0)
					.limit(DashboardSection.LIMIT)
					.map(counts -> DashboardSection.Item.of("/admin/requests?filter=OVERDUE", counts.agencyName(),
							"dashboard.oversight.overdueCount", true, counts.overdue()))
					.toList(),
				"dashboard.oversight.agenciesLate.none", "/admin/requests?filter=OVERDUE"));
		int year = LocalDate.now(clock.withZone(Beijing.ZONE)).getYear() - 1;
		sections.add(new DashboardSection("reports-unpublished", "dashboard.oversight.reportsUnpublished",
				reports.board(staff, year)
					.lines()
					.stream()
					.filter(line -> line.publishedAt() == null)
					.limit(DashboardSection.LIMIT)
					.map(line -> DashboardSection.Item.of(
							"/admin/annual-reports/" + year + "?agency=" + line.agencyCode(), line.agencyName(),
							line.pendingComment() != null ? "dashboard.oversight.reportSentBack"
									: "dashboard.oversight.reportState." + line.state(),
							line.state() == Supervision.State.LATE, year, line.pendingComment()))
					.toList(),
				"dashboard.oversight.reportsUnpublished.none", "/admin/annual-reports?year=" + year));
		sections.add(new DashboardSection("findings-open", "dashboard.oversight.findingsOpen",
				inspections.list(staff)
					.stream()
					.filter(finding -> finding.status() != FindingStatus.CLOSED)
					.limit(DashboardSection.LIMIT)
					.map(finding -> DashboardSection.Item.of("/admin/interaction/findings/" + finding.id(),
							finding.agencyName() + "：" + finding.problem(),
							finding.overdue() ? "dashboard.oversight.findingOverdue" : "dashboard.oversight.findingDue",
							finding.overdue(), finding.deadline() == null ? "" : finding.deadline().toString()))
					.toList(),
				"dashboard.oversight.findingsOpen.none", "/admin/interaction/findings"));
		return sections;
	}

}
