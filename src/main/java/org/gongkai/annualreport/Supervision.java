package org.gongkai.annualreport;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.Staff;
import org.gongkai.platform.Beijing;
import org.gongkai.requests.RequestTable;

import org.springframework.stereotype.Service;

/**
 * What a supervising office sees (OGI art. 49–50): each agency's report for a year with its state, its due day and
 * the checks that fail, a reminder from 1 January while it is not published, the sum of their tables as the basis of
 * the government's own report (due 31 March) with its fees questioned, and the same checks run on a report
 * published elsewhere.
 */
@Service
public class Supervision {

	private final AgencyDirectory agencies;

	private final AnnualReports reports;

	private final ReportStore store;

	private final ReportComments comments;

	private final Clock clock;

	Supervision(AgencyDirectory agencies, AnnualReports reports, ReportStore store, ReportComments comments,
			Clock clock) {
		this.agencies = agencies;
		this.reports = reports;
		this.store = store;
		this.comments = comments;
		this.clock = clock;
	}

	/** Where one agency's report stands. */
	public enum State {

		/** Nothing written yet. */
		NOT_STARTED,
		/** A draft whose checks pass. */
		DRAFT,
		/** A draft an error check stops. */
		CHECKS_FAILING,
		/** Published by its due day ({@link ReportDeadline}: 31 January, or 31 March for a government's own). */
		PUBLISHED,
		/** Published after its due day, or not published and past it. */
		LATE

	}

	/**
	 * One agency's line; {@code remind} from 1 January of the next year until it is published; {@code dueOn} by the
	 * agency's level ({@link ReportDeadline}); {@code failed} the checks that fail (errors and warnings), so that the
	 * supervising office sees the figures the agency was asked to look at again; {@code workflow} where the report
	 * stands after a send-back ({@link ReportTransitions}) and {@code pendingComment} the comment that put it there,
	 * or null when no send-back is pending.
	 */
	public record Line(String agencyCode, String agencyName, int depth, State state, int version,
			Instant publishedAt, boolean remind, ReportFigures figures, LocalDate dueOn, List<Check> failed,
			ReportState workflow, String pendingComment) {
	}

	/**
	 * The agencies the staff member reads, its own first, and the sum of those below it; {@code sumFees} questions
	 * the summed 行政事业性收费 at the level of the staff member's agency.
	 */
	public record Board(int year, List<Line> lines, ReportFigures sumBelow, int below, Check sumFees) {
	}

	public Board board(Staff staff, int year) {
		LocalDate today = LocalDate.now(clock.withZone(Beijing.ZONE));
		List<Line> lines = new ArrayList<>();
		List<ReportFigures> below = new ArrayList<>();
		AgencyInfo own = null;
		for (AgencyInfo agency : agencies.readableBy(staff)) {
			LocalDate due = ReportDeadline.dueOn(agency.level(), year);
			Optional<AnnualReport> published = reports.published(agency.code(), year);
			AnnualReport report = published.orElseGet(() -> reports.draft(agency, year, null));
			Instant first = store.publishedAt(agency.id(), year).orElse(null);
			State state;
			if (first != null) {
				state = LocalDate.ofInstant(first, Beijing.ZONE).isAfter(due) ? State.LATE : State.PUBLISHED;
			}
			else if (today.isAfter(due)) {
				state = State.LATE;
			}
			else if (report.blocked()) {
				state = State.CHECKS_FAILING;
			}
			else {
				state = store.narrative(agency.id(), year).isPresent() ? State.DRAFT : State.NOT_STARTED;
			}
			boolean remind = first == null && !today.isBefore(LocalDate.of(year + 1, 1, 1));
			lines.add(new Line(agency.code(), agency.name(), agency.depth(), state, report.version(),
					report.publishedAt(), remind, report.figures(), due, report.failed(),
					store.state(agency.id(), year), comments.pending(agency, year).orElse(null)));
			if (!agency.id().equals(staff.agencyId())) {
				below.add(report.figures());
			}
			else {
				own = agency;
			}
		}
		ReportFigures sum = sum(below);
		Check sumFees = FeeMagnitude.unit(sum.proactive().administrativeFeesWanYuan(),
				own != null ? own.level() : org.gongkai.identity.AgencyLevel.DISTRICT, null);
		return new Board(year, lines, sum, below.size(), sumFees);
	}

	/**
	 * Runs the checks of annual-report.md §4 on a report published elsewhere, given in the JSON of §5 (typed from a
	 * PDF or exported by another system); checks that need the previous year are left out.
	 */
	public List<Check> check(String json, LocalDate publishedOn) {
		tools.jackson.databind.JsonNode node = store.parse(json);
		int year = node.path("year").asInt(publishedOn.getYear() - 1);
		return ReportChecks.run(year, ReportJson.figures(node), ReportJson.narrative(node), publishedOn, null);
	}

	/** The cell-by-cell sum of several reports' figures. */
	static ReportFigures sum(List<ReportFigures> all) {
		RequestTable requests = RequestTable.empty();
		long[] proactive = new long[10];
		long[][] appeals = new long[3][5];
		BigDecimal fees = BigDecimal.ZERO;
		BigDecimal collected = BigDecimal.ZERO;
		long notices = 0;
		for (ReportFigures f : all) {
			requests = requests.plus(f.requests());
			ReportFigures.Proactive p = f.proactive();
			long[] values = { p.publishedCount(), p.rules().issued(), p.rules().abolished(), p.rules().inForce(),
					p.normativeDocuments().issued(), p.normativeDocuments().abolished(),
					p.normativeDocuments().inForce(), p.licensing(), p.penalty(), p.enforcement() };
			for (int i = 0; i < values.length; i++) {
				proactive[i] += values[i];
			}
			List<ReportFigures.Group> groups = f.appeals().groups();
			for (int g = 0; g < 3; g++) {
				long[] cells = groups.get(g).cells();
				for (int c = 0; c < 5; c++) {
					appeals[g][c] += cells[c];
				}
			}
			fees = fees.add(p.administrativeFeesWanYuan());
			collected = collected.add(f.fees().collectedYuan());
			notices += f.fees().noticesIssued();
		}
		return new ReportFigures(
				new ReportFigures.Proactive(proactive[0],
						new ReportFigures.Counts(proactive[1], proactive[2], proactive[3]),
						new ReportFigures.Counts(proactive[4], proactive[5], proactive[6]), proactive[7], proactive[8],
						proactive[9], fees),
				requests, new ReportFigures.Appeals(group(appeals[0]), group(appeals[1]), group(appeals[2])),
				new ReportFigures.Fees(notices, collected));
	}

	private static ReportFigures.Group group(long[] cells) {
		return new ReportFigures.Group(cells[0], cells[1], cells[2], cells[3], cells[4]);
	}

}
