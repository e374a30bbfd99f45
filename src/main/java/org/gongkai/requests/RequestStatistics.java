package org.gongkai.requests;

import java.time.LocalDate;
import java.util.Map;

import org.gongkai.identity.AgencyId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Table 三 of the annual report for an agency and year, in one SQL pass over the applications, by the counting rules
 * of annual-report.md §3: R1 received in Y; R2 received before Y and not closed before 1 January; R3.x closed in Y by
 * outcome; R4 received by 31 December and not closed by then. So R1 + R2 = R3.7 + R4 in every column, and
 * R2(Y) = R4(Y−1), by construction.
 */
@Service
public class RequestStatistics {

	private final JdbcClient jdbc;

	RequestStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Fees of section 六: notices issued in the year and money collected in it (元). */
	public record Fees(long noticesIssued, java.math.BigDecimal collectedYuan) {
	}

	/** The 25 rows (R1, R2, R3.1 … R3.6.3, R3.7, R4) × 7 columns of one agency. */
	public RequestTable table(AgencyId agency, int year) {
		RequestTable.Tally tally = new RequestTable.Tally();
		jdbc.sql(COUNTS.formatted("agency_id = :agency and", ""))
			.param("agency", agency.value())
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.query(rs -> {
				count(tally, rs);
			});
		return tally.table();
	}

	/**
	 * Table 三 of every agency with applications in one pass over all of them (a supervising office's overview); an
	 * agency without any is absent.
	 */
	public Map<AgencyId, RequestTable> tables(int year) {
		Map<AgencyId, RequestTable.Tally> tallies = new java.util.HashMap<>();
		jdbc.sql(COUNTS.formatted("", "agency_id,"))
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.query(rs -> {
				count(tallies.computeIfAbsent(new AgencyId(rs.getLong("agency_id")), id -> new RequestTable.Tally()),
						rs);
			});
		Map<AgencyId, RequestTable> tables = new java.util.HashMap<>();
		tallies.forEach((agency, tally) -> tables.put(agency, tally.table()));
		return tables;
	}

	/**
	 * The counting rule of each row of annual-report.md §3 as a condition on an application, over the year's
	 * {@code :first} and {@code :last} day: the counts and the lists behind each cell share these, so a list and its
	 * cell cannot differ.
	 */
	static final String RECEIVED_SQL = "received_on between :first and :last";

	static final String CARRIED_OVER_SQL = "received_on < :first and (closed_on is null or closed_on >= :first)";

	static final String CLOSED_SQL = "closed_on between :first and :last and outcome is not null";

	static final String CARRIED_FORWARD_SQL = "received_on <= :last and (closed_on is null or closed_on > :last)";

	/** The applications any row of the year can count. */
	static final String OF_THE_YEAR_SQL = "received_on is not null and received_on <= :last"
			+ " and (closed_on is null or closed_on >= :first)";

	/** The counts by the rules, grouped by applicant type and outcome (and agency, when it is not fixed). */
	private static final String COUNTS = """
			select %2$s applicant_type, outcome,
			  count(*) filter (where <R1>) as r1,
			  count(*) filter (where <R2>) as r2,
			  count(*) filter (where <R3>) as r3,
			  count(*) filter (where <R4>) as r4
			from disclosure_request
			where %1$s <YEAR>
			group by %2$s applicant_type, outcome"""
		.replace("<R1>", RECEIVED_SQL)
		.replace("<R2>", CARRIED_OVER_SQL)
		.replace("<R3>", CLOSED_SQL)
		.replace("<R4>", CARRIED_FORWARD_SQL)
		.replace("<YEAR>", OF_THE_YEAR_SQL);

	/** An application counted in a cell of table 三, as the cell's list shows it. */
	public record CountedRequest(long id, String trackingNumber, ApplicantType applicantType, LocalDate receivedOn,
			LocalDate closedOn, Outcome outcome) {
	}

	/**
	 * The applications one cell of table 三 counts, by the condition its count uses ({@link #table}), in the order
	 * they were received.
	 */
	public java.util.List<CountedRequest> counted(AgencyId agency, int year, RequestTable.Row row,
			RequestTable.Column column) {
		String condition = row instanceof RequestTable.Flow flow ? switch (flow) {
			case RECEIVED -> RECEIVED_SQL;
			case CARRIED_OVER -> CARRIED_OVER_SQL;
			case CLOSED -> CLOSED_SQL;
			case CARRIED_FORWARD -> CARRIED_FORWARD_SQL;
		} : CLOSED_SQL + " and outcome = :outcome";
		JdbcClient.StatementSpec sql = jdbc.sql("""
				select id, tracking_number, applicant_type, received_on, closed_on, outcome from disclosure_request
				where agency_id = :agency and %s and (%s) %s order by received_on, id""".formatted(OF_THE_YEAR_SQL,
				condition, column == RequestTable.Column.TOTAL ? "" : "and applicant_type = :type"))
			.param("agency", agency.value())
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31));
		if (row instanceof Outcome outcome) {
			sql = sql.param("outcome", outcome.name());
		}
		if (column != RequestTable.Column.TOTAL) {
			sql = sql.param("type", column.name());
		}
		return sql.query((rs, n) -> new CountedRequest(rs.getLong("id"), rs.getString("tracking_number"),
				ApplicantType.valueOf(rs.getString("applicant_type")), rs.getObject("received_on", LocalDate.class),
				rs.getObject("closed_on", LocalDate.class),
				rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome"))))
			.list();
	}

	private static void count(RequestTable.Tally tally, java.sql.ResultSet rs) throws java.sql.SQLException {
		ApplicantType applicant = ApplicantType.valueOf(rs.getString("applicant_type"));
		tally.count(RequestTable.Flow.RECEIVED, applicant, rs.getLong("r1"));
		tally.count(RequestTable.Flow.CARRIED_OVER, applicant, rs.getLong("r2"));
		tally.count(RequestTable.Flow.CARRIED_FORWARD, applicant, rs.getLong("r4"));
		String outcome = rs.getString("outcome");
		if (outcome != null && rs.getLong("r3") > 0) {
			tally.count(Outcome.valueOf(outcome), applicant, rs.getLong("r3"));
		}
	}

	public Fees fees(AgencyId agency, int year) {
		return fees(year, "where agency_id = :agency").param("agency", agency.value())
			.query((rs, row) -> new Fees(rs.getLong("notices"), rs.getBigDecimal("collected")))
			.optional()
			.orElse(new Fees(0, java.math.BigDecimal.ZERO));
	}

	/** The fees of section 六 of every agency that issued a notice or collected money in the year. */
	public Map<AgencyId, Fees> fees(int year) {
		Map<AgencyId, Fees> fees = new java.util.HashMap<>();
		fees(year, "").query(rs -> {
			fees.put(new AgencyId(rs.getLong("agency_id")), new Fees(rs.getLong("notices"), rs.getBigDecimal("collected")));
		});
		return fees;
	}

	private JdbcClient.StatementSpec fees(int year, String where) {
		return jdbc.sql("""
				select agency_id, count(*) filter (where fee_notice_on between :first and :last) as notices,
				       coalesce(sum(fee_amount_yuan) filter (where fee_paid_on between :first and :last), 0) as collected
				from disclosure_request %s
				group by agency_id
				having count(*) filter (where fee_notice_on between :first and :last) > 0
				    or count(*) filter (where fee_paid_on between :first and :last) > 0""".formatted(where))
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31));
	}

}
