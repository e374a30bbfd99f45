package org.gongkai.annualreport;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongkai.platform.DomainException;
import org.gongkai.requests.RequestTable;
import tools.jackson.databind.JsonNode;

import org.springframework.context.MessageSource;

/**
 * The machine-readable form of a report (annual-report.md §5): numbers as JSON numbers, money as strings. The same
 * form, with the narrative added, is the frozen snapshot of a published version; a supervising office loads reports
 * published elsewhere in it.
 */
final class ReportJson {

	/** The columns of table 三 by name, in their order. */
	private static final List<String> COLUMNS = Arrays.stream(RequestTable.Column.values()).map(Enum::name).toList();

	private static final String[] GROUPS = { "reconsideration", "litigationDirect",
			"litigationAfterReconsideration" };

	private ReportJson() {
	}

	static Map<String, Object> write(AnnualReport report, MessageSource messages) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("agency", Map.of("code", report.agencyCode(), "name", report.agencyName()));
		json.put("year", report.year());
		json.put("format", "GB-2021");
		json.put("status", report.status() == AnnualReport.Status.DRAFT ? "DRAFT" : "PUBLISHED");
		if (report.publishedAt() != null) {
			json.put("version", report.version());
			json.put("publishedAt", report.publishedAt().toString());
			json.put("superseded", report.status() == AnnualReport.Status.SUPERSEDED);
		}
		putFigures(json, report.figures());
		json.put("checks", checks(report.checks(), messages));
		Narrative n = report.narrative();
		json.put("narrative", Map.of("preamble", n.preamble(), "overview", n.overview(), "proactiveNote",
				n.proactiveNote(), "requestsNote", n.requestsNote(), "appealsNote", n.appealsNote(), "problems",
				n.problems(), "other", n.other()));
		return json;
	}

	/** The figures' parts of the §5 form: proactive, requests, appeals, fees. */
	static void putFigures(Map<String, Object> json, ReportFigures f) {
		ReportFigures.Proactive p = f.proactive();
		Map<String, Object> proactive = new LinkedHashMap<>();
		proactive.put("publishedCount", p.publishedCount());
		proactive.put("rules", counts(p.rules()));
		proactive.put("normativeDocuments", counts(p.normativeDocuments()));
		proactive.put("licensing", p.licensing());
		proactive.put("penalty", p.penalty());
		proactive.put("enforcement", p.enforcement());
		proactive.put("administrativeFeesWanYuan", ReportTables.money(p.administrativeFeesWanYuan()));
		json.put("proactive", proactive);
		Map<String, Object> rows = new LinkedHashMap<>();
		RequestTable.ROWS.forEach(row -> rows.put(row.id(), f.requests().cells(row)));
		json.put("requests", Map.of("columns", COLUMNS, "rows", rows));
		Map<String, Object> appeals = new LinkedHashMap<>();
		List<ReportFigures.Group> groups = f.appeals().groups();
		for (int i = 0; i < GROUPS.length; i++) {
			ReportFigures.Group g = groups.get(i);
			appeals.put(GROUPS[i], Map.of("upheld", g.upheld(), "corrected", g.corrected(), "other", g.other(),
					"pending", g.pending(), "total", g.total()));
		}
		json.put("appeals", appeals);
		json.put("fees", Map.of("noticesIssued", f.fees().noticesIssued(), "collectedYuan",
				ReportTables.money(f.fees().collectedYuan())));
	}

	/** The checks with their rule, severity, result and a message in Chinese, as the §5 form lists them. */
	static List<Map<String, Object>> checks(List<Check> all, MessageSource messages) {
		List<Map<String, Object>> checks = new ArrayList<>();
		for (Check check : all) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("rule", check.rule().name());
			entry.put("severity", check.severity().name());
			entry.put("ok", check.ok());
			String message = messages.getMessage(check.labelKey(), null, Locale.SIMPLIFIED_CHINESE);
			entry.put("message", check.detail().isEmpty() ? message : message + "：" + check.detail());
			entry.put("detail", check.detail());
			checks.add(entry);
		}
		return checks;
	}

	private static Map<String, Object> counts(ReportFigures.Counts counts) {
		return Map.of("issued", counts.issued(), "abolished", counts.abolished(), "inForce", counts.inForce());
	}

	/** Reads the figures of a report in the §5 form; a missing or malformed part is refused with its path. */
	static ReportFigures figures(JsonNode json) {
		JsonNode p = required(json, "proactive");
		ReportFigures.Proactive proactive = new ReportFigures.Proactive(number(p, "publishedCount"),
				counts(required(p, "rules")), counts(required(p, "normativeDocuments")), number(p, "licensing"),
				number(p, "penalty"), number(p, "enforcement"), money(p, "administrativeFeesWanYuan"));
		RequestTable requests = requests(required(required(json, "requests"), "rows"));
		JsonNode a = required(json, "appeals");
		ReportFigures.Group[] groups = new ReportFigures.Group[3];
		for (int i = 0; i < GROUPS.length; i++) {
			JsonNode g = required(a, GROUPS[i]);
			groups[i] = new ReportFigures.Group(number(g, "upheld"), number(g, "corrected"), number(g, "other"),
					number(g, "pending"), number(g, "total"));
		}
		JsonNode fees = json.path("fees");
		return new ReportFigures(proactive, requests, new ReportFigures.Appeals(groups[0], groups[1], groups[2]),
				new ReportFigures.Fees(fees.path("noticesIssued").asLong(0),
						fees.has("collectedYuan") ? money(fees, "collectedYuan") : BigDecimal.ZERO));
	}

	/** Table 三: each row id with its seven numbers in the order of the columns. */
	private static RequestTable requests(JsonNode rows) {
		for (RequestTable.Row row : RequestTable.ROWS) {
			JsonNode cells = required(rows, row.id());
			if (!cells.isArray() || cells.size() != COLUMNS.size()) {
				throw DomainException.invalid("rows." + row.id(), "annualreport.json.sevenNumbers", row.id());
			}
		}
		return RequestTable.of((row, column) -> rows.get(row.id()).get(column.ordinal()).asLong());
	}

	static Narrative narrative(JsonNode json) {
		JsonNode n = json.path("narrative");
		return new Narrative(n.path("preamble").asString(""), n.path("overview").asString(""),
				n.path("proactiveNote").asString(""), n.path("requestsNote").asString(""),
				n.path("appealsNote").asString(""), n.path("problems").asString(""), n.path("other").asString(""));
	}

	/** The checks as they were when the version was published (warnings are kept with it). */
	static List<Check> checks(JsonNode json) {
		List<Check> checks = new ArrayList<>();
		for (JsonNode check : json.path("checks")) {
			checks.add(new Check(Check.Rule.valueOf(check.path("rule").asString()), check.path("ok").asBoolean(),
					check.path("detail").asString("")));
		}
		return checks;
	}

	static Instant publishedAt(JsonNode json) {
		return Instant.parse(json.path("publishedAt").asString());
	}

	private static ReportFigures.Counts counts(JsonNode node) {
		return new ReportFigures.Counts(number(node, "issued"), number(node, "abolished"), number(node, "inForce"));
	}

	private static JsonNode required(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull()) {
			throw DomainException.invalid(field, "annualreport.json.missing", field);
		}
		return value;
	}

	private static long number(JsonNode node, String field) {
		JsonNode value = required(node, field);
		if (!value.isIntegralNumber()) {
			throw DomainException.invalid(field, "annualreport.json.number", field);
		}
		return value.asLong();
	}

	private static BigDecimal money(JsonNode node, String field) {
		try {
			return new BigDecimal(required(node, field).asString().strip());
		}
		catch (NumberFormatException e) {
			throw DomainException.invalid(field, "annualreport.json.money", field);
		}
	}

}
