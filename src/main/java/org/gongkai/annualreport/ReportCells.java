package org.gongkai.annualreport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongkai.appeals.AppealKind;
import org.gongkai.appeals.AppealStatistics;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;
import org.gongkai.publishing.NormativeKind;
import org.gongkai.publishing.PublishingStatistics;
import org.gongkai.requests.RequestStatistics;
import org.gongkai.requests.RequestTable;

import org.springframework.stereotype.Service;

/**
 * Every figure of tables 二, 三 and 四 traced to the records it counts, for the staff who may read the agency's
 * report (its own officers, a supervising office): each module lists the records of a cell by the same condition
 * its statistics count them with, so the list and the figure agree by construction for a draft; the counting rule
 * of the cell is quoted from annual-report.md §3.
 */
@Service
public class ReportCells {

	private final AgencyDirectory agencies;

	private final AnnualReports reports;

	private final RequestStatistics requests;

	private final AppealStatistics appeals;

	private final PublishingStatistics publishing;

	private final AdministrativeStatistics administrative;

	ReportCells(AgencyDirectory agencies, AnnualReports reports, RequestStatistics requests,
			AppealStatistics appeals, PublishingStatistics publishing, AdministrativeStatistics administrative) {
		this.agencies = agencies;
		this.reports = reports;
		this.requests = requests;
		this.appeals = appeals;
		this.publishing = publishing;
		this.administrative = administrative;
	}

	/** The counting rule of each row of table 三 (annual-report.md §3); the outcome rows share R3's. */
	private static final java.util.Map<RequestTable.Flow, String> RULES = new java.util.HashMap<>(java.util.Map.of(
			RequestTable.Flow.RECEIVED, "annualreport.rule.R1", RequestTable.Flow.CARRIED_OVER, "annualreport.rule.R2",
			RequestTable.Flow.CLOSED, "annualreport.rule.R3.7", RequestTable.Flow.CARRIED_FORWARD,
			"annualreport.rule.R4"));

	static {
		RULES.put(null, "annualreport.rule.R3");
	}

	/** The records of one cell, by its code ({@link TypedFigures#CODES}); an unknown code is "not found". */
	public CellRecords records(Staff staff, String agencyCode, int year, String code) {
		AgencyInfo agency = agencies.readable(staff, agencyCode);
		if (!TypedFigures.CODES.contains(code)) {
			throw DomainException.notFound("annualreport.cell.notFound", code);
		}
		AnnualReport report = reports.draft(staff, agencyCode, year);
		String figure = TypedFigures.text(report.figures(), code);
		String published = reports.published(agencyCode, year)
			.map(version -> TypedFigures.text(version.figures(), code))
			.orElse(null);
		Located located = locate(report, code);
		int slash = code.indexOf('/');
		if (slash > 0) {
			RequestTable.Row row = RequestTable.row(code.substring(0, slash));
			RequestTable.Column column = RequestTable.Column.valueOf(code.substring(slash + 1));
			List<CellRecords.Line> lines = requests.counted(agency.id(), year, row, column)
				.stream()
				.map(r -> new CellRecords.Line("/admin/requests/" + r.id(), List.of(CellRecords.Value.text(r.trackingNumber()),
						CellRecords.Value.key("requests.applicantType", r.applicantType()),
						CellRecords.Value.text(r.receivedOn()), CellRecords.Value.text(r.closedOn()),
						r.outcome() == null ? CellRecords.Value.text("") : CellRecords.Value.key("requests.outcome", r.outcome()))))
				.toList();
			String rule = RULES.get(row instanceof RequestTable.Flow flow ? flow : null);
			return new CellRecords(agency.code(), agency.name(), year, code, located.table(), located.labels(), figure,
					published, true, rule, List.of("annualreport.cell.trackingNumber", "annualreport.cell.applicantType",
							"annualreport.cell.receivedOn", "annualreport.cell.closedOn", "annualreport.cell.outcome"),
					lines);
		}
		int dot = code.indexOf('.');
		int group = dot < 0 ? -1 : TypedFigures.APPEAL_GROUPS.indexOf(code.substring(0, dot));
		if (group >= 0) {
			AppealKind kind = AppealKind.values()[group];
			AppealStatistics.Column column = AppealStatistics.Column.values()[TypedFigures.APPEAL_COLUMNS
				.indexOf(code.substring(dot + 1))];
			List<CellRecords.Line> lines = appeals.counted(agency.id(), year, kind, column)
				.stream()
				.map(c -> new CellRecords.Line("/admin/appeals/" + c.id(), List.of(CellRecords.Value.text(c.id()),
						CellRecords.Value.text(c.requestTrackingNumber()), CellRecords.Value.text(c.filedOn()),
						CellRecords.Value.text(c.decidedOn()),
						c.result() == null ? CellRecords.Value.text("") : CellRecords.Value.key("annualreport.cell.result", c.result()))))
				.toList();
			return new CellRecords(agency.code(), agency.name(), year, code, located.table(), located.labels(), figure,
					published, true, "annualreport.rule.table4",
					List.of("annualreport.cell.case", "annualreport.cell.trackingNumber", "annualreport.cell.filedOn",
							"annualreport.cell.decidedOn", "annualreport.cell.result"),
					lines);
		}
		if (code.startsWith("rules.") || code.startsWith("normativeDocuments.")) {
			NormativeKind kind = code.startsWith("rules.") ? NormativeKind.RULE : NormativeKind.NORMATIVE_DOCUMENT;
			PublishingStatistics.Measure measure = switch (code.substring(dot + 1)) {
				case "issued" -> PublishingStatistics.Measure.ISSUED;
				case "abolished" -> PublishingStatistics.Measure.ABOLISHED;
				default -> PublishingStatistics.Measure.IN_FORCE;
			};
			List<CellRecords.Line> lines = publishing.counted(agency.id(), year, kind, measure)
				.stream()
				.map(e -> new CellRecords.Line(e.documentId() == null ? "/admin/normative-documents"
						: "/admin/documents/" + e.documentId(), List.of(CellRecords.Value.text(e.title()),
								CellRecords.Value.text(e.documentNumber()), CellRecords.Value.text(e.issuedOn()),
								CellRecords.Value.text(e.endedOn()))))
				.toList();
			return new CellRecords(agency.code(), agency.name(), year, code, located.table(), located.labels(), figure,
					published, true, "annualreport.rule.table2.normative",
					List.of("annualreport.cell.title.doc", "annualreport.cell.documentNumber", "annualreport.cell.issuedOn",
							"annualreport.cell.endedOn"),
					lines);
		}
		AdministrativeFigures row = administrative.of(agency.id(), year);
		List<CellRecords.Line> lines = List.of(new CellRecords.Line("/admin/annual-reports/statistics",
				List.of(CellRecords.Value.text(year), CellRecords.Value.text(administrativeFigure(row, code)))));
		return new CellRecords(agency.code(), agency.name(), year, code, located.table(), located.labels(), figure,
				published, false, "annualreport.rule.table2.administrative",
				List.of("annualreport.cell.year", "annualreport.cell.recorded"), lines);
	}

	private static String administrativeFigure(AdministrativeFigures row, String code) {
		return switch (code) {
			case "licensing" -> Long.toString(row.licensing());
			case "penalty" -> Long.toString(row.penalty());
			case "enforcement" -> Long.toString(row.enforcement());
			default -> ReportTables.money(row.feesWanYuan());
		};
	}

	/** A cell's table caption and the labels of its row and column, read off the official layout. */
	record Located(String table, List<String> labels) {
	}

	static Located locate(AnnualReport report, String code) {
		for (ReportTable table : report.tables()) {
			List<List<ReportTable.Placed>> grid = table.placed();
			Optional<ReportTable.Placed> cell = grid.stream()
				.flatMap(List::stream)
				.filter(p -> code.equals(p.cell().code()))
				.findFirst();
			if (cell.isPresent()) {
				int row = cell.get().row();
				int column = cell.get().column();
				List<String> rowLabels = new ArrayList<>();
				List<String> columnLabels = new ArrayList<>();
				grid.stream().flatMap(List::stream).filter(p -> p.cell().header()).forEach(p -> {
					boolean coversRow = p.row() <= row && row < p.row() + p.cell().rowspan();
					boolean coversColumn = p.column() <= column && column < p.column() + p.cell().colspan();
					if (coversRow && p.column() < column) {
						rowLabels.add(p.cell().text());
					}
					else if (coversColumn && p.row() < row && !p.cell().text().equals(ReportTables.BALANCE_NOTE)) {
						columnLabels.add(p.cell().text());
					}
				});
				List<String> labels = new ArrayList<>(rowLabels);
				labels.addAll(columnLabels);
				return new Located(table.caption(), labels);
			}
		}
		return new Located("", List.of(code));
	}

}
