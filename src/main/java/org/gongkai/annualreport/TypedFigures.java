package org.gongkai.annualreport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.gongkai.platform.InvalidInput;
import org.gongkai.requests.RequestTable;
import org.gongkai.requests.RequestTable.Column;

/**
 * The figures of a report published elsewhere, typed cell by cell from its PDF into the official layout. Every cell of
 * tables 二, 三 and 四 has a code: table 二's the names of annual-report.md §5 ({@code rules.issued}, {@code licensing},
 * {@code administrativeFeesWanYuan}), table 三's the row id and the applicant column ({@code R3.3.1/NATURAL_PERSON}),
 * table 四's the group and the column ({@code litigationDirect.pending}). Every cell is required, as the format
 * prints every one; counts are non-negative integers, the fees 万元 with up to 4 decimals. Totals are typed as
 * printed, not computed, so that the checks can find where the printed report does not add up.
 */
public final class TypedFigures {

	/** Table 二's cells, in the order the format prints them. */
	static final List<String> PROACTIVE = List.of("rules.issued", "rules.abolished", "rules.inForce",
			"normativeDocuments.issued", "normativeDocuments.abolished", "normativeDocuments.inForce", "licensing",
			"penalty", "enforcement", "administrativeFeesWanYuan");

	static final String FEES = "administrativeFeesWanYuan";

	/** Table 四's groups and, in each, its five columns. */
	static final List<String> APPEAL_GROUPS = List.of("reconsideration", "litigationDirect",
			"litigationAfterReconsideration");

	static final List<String> APPEAL_COLUMNS = List.of("upheld", "corrected", "other", "pending", "total");

	/** Every cell's code: table 二, then 三 row by row, then 四. */
	public static final List<String> CODES = codes();

	private static final Pattern COUNT = Pattern.compile("\\d{1,15}");

	private static final Pattern WAN_YUAN = Pattern.compile("\\d{1,14}(\\.\\d{1,4})?");

	private TypedFigures() {
	}

	/** A table 三 cell's code. */
	static String request(RequestTable.Row row, Column column) {
		return row.id() + "/" + column.name();
	}

	/**
	 * The figures the cells hold; a missing, negative, fractional or otherwise malformed cell is refused with one
	 * violation per cell, under the cell's code.
	 */
	public static ReportFigures parse(Map<String, String> cells) {
		InvalidInput.Violations violations = new InvalidInput.Violations();
		Map<String, Long> counts = new LinkedHashMap<>();
		BigDecimal fees = BigDecimal.ZERO;
		for (String code : CODES) {
			String typed = cells.get(code);
			if (!violations.require(code, typed)) {
				continue;
			}
			String value = typed.strip();
			if (code.equals(FEES)) {
				if (WAN_YUAN.matcher(value).matches()) {
					fees = new BigDecimal(value);
				}
				else {
					violations.add(code, "annualreport.typed.wanYuan");
				}
			}
			else if (COUNT.matcher(value).matches()) {
				counts.put(code, Long.parseLong(value));
			}
			else {
				violations.add(code, "annualreport.typed.count");
			}
		}
		violations.throwIfAny();
		RequestTable requests = RequestTable.of((row, column) -> counts.get(request(row, column)));
		ReportFigures.Proactive proactive = new ReportFigures.Proactive(0,
				new ReportFigures.Counts(counts.get("rules.issued"), counts.get("rules.abolished"),
						counts.get("rules.inForce")),
				new ReportFigures.Counts(counts.get("normativeDocuments.issued"),
						counts.get("normativeDocuments.abolished"), counts.get("normativeDocuments.inForce")),
				counts.get("licensing"), counts.get("penalty"), counts.get("enforcement"), fees);
		ReportFigures.Group[] groups = new ReportFigures.Group[APPEAL_GROUPS.size()];
		for (int g = 0; g < groups.length; g++) {
			String group = APPEAL_GROUPS.get(g) + ".";
			groups[g] = new ReportFigures.Group(counts.get(group + "upheld"), counts.get(group + "corrected"),
					counts.get(group + "other"), counts.get(group + "pending"), counts.get(group + "total"));
		}
		return new ReportFigures(proactive, requests, new ReportFigures.Appeals(groups[0], groups[1], groups[2]),
				new ReportFigures.Fees(0, BigDecimal.ZERO));
	}

	/** The cells of {@code figures} as the report prints them, by code; what {@link #parse} reads back. */
	public static Map<String, String> cells(ReportFigures figures) {
		Map<String, String> cells = new LinkedHashMap<>();
		CODES.forEach(code -> cells.put(code, text(figures, code)));
		return cells;
	}

	/** The three tables in the official layout with each figure cell holding its code: the entry form's grid. */
	public static List<ReportTable> layout() {
		return ReportTables.layout();
	}

	/** One cell of {@code figures} as printed: a count, or 万元 without trailing zeros. */
	static String text(ReportFigures f, String code) {
		int slash = code.indexOf('/');
		if (slash > 0) {
			RequestTable.Row row = RequestTable.row(code.substring(0, slash));
			return Long.toString(f.requests().cell(row, Column.valueOf(code.substring(slash + 1))));
		}
		ReportFigures.Proactive p = f.proactive();
		return switch (code) {
			case "rules.issued" -> Long.toString(p.rules().issued());
			case "rules.abolished" -> Long.toString(p.rules().abolished());
			case "rules.inForce" -> Long.toString(p.rules().inForce());
			case "normativeDocuments.issued" -> Long.toString(p.normativeDocuments().issued());
			case "normativeDocuments.abolished" -> Long.toString(p.normativeDocuments().abolished());
			case "normativeDocuments.inForce" -> Long.toString(p.normativeDocuments().inForce());
			case "licensing" -> Long.toString(p.licensing());
			case "penalty" -> Long.toString(p.penalty());
			case "enforcement" -> Long.toString(p.enforcement());
			case FEES -> ReportTables.money(p.administrativeFeesWanYuan());
			default -> appeal(f.appeals(), code);
		};
	}

	private static String appeal(ReportFigures.Appeals appeals, String code) {
		int dot = code.indexOf('.');
		int group = dot < 0 ? -1 : APPEAL_GROUPS.indexOf(code.substring(0, dot));
		int column = dot < 0 ? -1 : APPEAL_COLUMNS.indexOf(code.substring(dot + 1));
		if (group < 0 || column < 0) {
			throw new IllegalArgumentException(code);
		}
		return Long.toString(appeals.groups().get(group).cells()[column]);
	}

	private static List<String> codes() {
		List<String> codes = new ArrayList<>(PROACTIVE);
		for (RequestTable.Row row : RequestTable.ROWS) {
			for (Column column : Column.values()) {
				codes.add(request(row, column));
			}
		}
		APPEAL_GROUPS.forEach(group -> APPEAL_COLUMNS.forEach(column -> codes.add(group + "." + column)));
		return List.copyOf(codes);
	}

}
