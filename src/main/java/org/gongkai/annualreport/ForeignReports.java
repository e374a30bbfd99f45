package org.gongkai.annualreport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.platform.Beijing;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.InvalidInput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports published elsewhere that a supervising office loads (OGI art. 50 asks it to oversee them) by typing the
 * numbers of the PDF into the official tables: the same checks as a report of this platform, and a record of each
 * load that the office lists and reads again.
 */
@Service
public class ForeignReports {

	private static final Narrative NO_TEXT = new Narrative(null, null, null, null, null, null, null);

	private static final int FIRST_YEAR = 2008;

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final AgencyDirectory agencies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ForeignReports(JdbcClient jdbc, ObjectMapper json, AgencyDirectory agencies, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.agencies = agencies;
		this.events = events;
		this.clock = clock;
	}

	/** What the supervisor typed: whose report, for which year, published when (today if not given), and the cells. */
	public record Typed(String agencyName, Integer year, LocalDate publishedOn, Map<String, String> cells) {
	}

	/**
	 * Checks and records a typed report. Refused as a whole, with every wrong field and cell named, when the agency
	 * or year is missing, the date impossible, or a cell not a figure ({@link TypedFigures#parse}).
	 */
	@Transactional
	public ForeignReport record(Staff supervisor, Typed typed) {
		supervisorOnly(supervisor);
		LocalDate today = LocalDate.now(clock.withZone(Beijing.ZONE));
		InvalidInput.Violations violations = new InvalidInput.Violations();
		violations.require("agencyName", typed.agencyName());
		Integer year = typed.year();
		if (year == null) {
			violations.add("year", "validation.required");
		}
		else if (year < FIRST_YEAR || year >= today.getYear()) {
			violations.add("year", "annualreport.foreign.year", FIRST_YEAR, today.getYear() - 1);
		}
		LocalDate publishedOn = typed.publishedOn() != null ? typed.publishedOn() : today;
		if (year != null && (!publishedOn.isAfter(LocalDate.of(year, 12, 31)) || publishedOn.isAfter(today))) {
			violations.add("publishedOn", "annualreport.foreign.publishedOn");
		}
		ReportFigures figures = null;
		try {
			figures = TypedFigures.parse(typed.cells());
		}
		catch (InvalidInput e) {
			e.violations().forEach(v -> violations.add(v.field(), v.messageKey(), v.arguments()));
		}
		violations.throwIfAny();
		String agencyName = typed.agencyName().strip();
		List<Check> checks = ReportChecks.run(year, figures, NO_TEXT, publishedOn,
				previous(supervisor, agencyName, year - 1));
		int errors = (int) checks.stream().filter(Check::blocks).count();
		int warnings = (int) checks.stream().filter(check -> !check.ok()).count() - errors;
		long id = jdbc.sql("""
				insert into annual_report_foreign (office_id, agency_name, year, published_on, report, errors, warnings,
				                                   recorded_by, recorded_at)
				values (:office, :name, :year, :published, :report, :errors, :warnings, :by, :at) returning id""")
			.param("office", supervisor.agencyId().value())
			.param("name", agencyName)
			.param("year", year)
			.param("published", publishedOn)
			.param("report", json.writeValueAsString(document(figures, checks)))
			.param("errors", errors)
			.param("warnings", warnings)
			.param("by", supervisor.username())
			.param("at", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		events.publishEvent(new ForeignReportRecorded(id, supervisor.agencyCode(), agencyName, year, errors, warnings,
				supervisor.username()));
		return find(supervisor, id);
	}

	/** The loads of the supervisor's office, newest first. */
	public List<ForeignReport> recorded(Staff supervisor) {
		supervisorOnly(supervisor);
		return jdbc.sql("select * from annual_report_foreign where office_id = :office order by id desc")
			.param("office", supervisor.agencyId().value())
			.query(this::map)
			.list();
	}

	/** One load of this supervisor's office; another office's load is not found, as if it did not exist. */
	public ForeignReport find(Staff supervisor, long id) {
		supervisorOnly(supervisor);
		return jdbc.sql("select * from annual_report_foreign where id = :id and office_id = :office")
			.param("id", id)
			.param("office", supervisor.agencyId().value())
			.query(this::map)
			.optional()
			.orElseThrow(() -> DomainException.notFound("annualreport.foreign.notFound", id));
	}

	/** The names of the agencies the supervisor oversees, offered when typing whose report it is. */
	public List<String> agencyNames(Staff supervisor) {
		return agencies.readableBy(supervisor).stream().map(AgencyInfo::name).toList();
	}

	/** The office's latest load of the same agency's report for the year before, for the year-on-year checks. */
	private ReportChecks.Previous previous(Staff supervisor, String agencyName, int year) {
		return jdbc.sql("""
				select * from annual_report_foreign where office_id = :office and agency_name = :name and year = :year
				order by id desc limit 1""")
			.param("office", supervisor.agencyId().value())
			.param("name", agencyName)
			.param("year", year)
			.query(this::map)
			.optional()
			.map(report -> new ReportChecks.Previous(report.figures(), NO_TEXT))
			.orElse(null);
	}

	private static Map<String, Object> document(ReportFigures figures, List<Check> checks) {
		Map<String, Object> document = new LinkedHashMap<>();
		ReportJson.putFigures(document, figures);
		document.put("checks", checks.stream()
			.map(check -> Map.of("rule", check.rule().name(), "ok", check.ok(), "detail", check.detail()))
			.toList());
		return document;
	}

	private ForeignReport map(ResultSet rs, int row) throws SQLException {
		JsonNode report = json.readTree(rs.getString("report"));
		return new ForeignReport(rs.getLong("id"), rs.getString("agency_name"), rs.getInt("year"),
				rs.getObject("published_on", LocalDate.class), ReportJson.figures(report), ReportJson.checks(report),
				rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
	}

	/** Whether the staff member records and checks reports published elsewhere: a SUPERVISOR. */
	public static boolean mayRecord(Staff staff) {
		return staff.has(Role.SUPERVISOR);
	}

	private static void supervisorOnly(Staff staff) {
		if (!mayRecord(staff)) {
			throw DomainException.notPermitted("annualreport.foreign.supervisorOnly");
		}
	}

}
