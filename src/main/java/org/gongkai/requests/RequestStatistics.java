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

	/** The counts by the rules, grouped by applicant type and outcome (and agency, when it is not fixed). */
	private static final String COUNTS = """
			select %2$s applicant_type, outcome,
			  count(*) filter (where received_on between :first and :last) as r1,
			  count(*) filter (where received_on < :first and (closed_on is null or closed_on >= :first)) as r2,
			  count(*) filter (where closed_on between :first and :last) as r3,
			  count(*) filter (where received_on <= :last and (closed_on is null or closed_on > :last)) as r4
			from disclosure_request
			where %1$s received_on is not null and received_on <= :last
			  and (closed_on is null or closed_on >= :first)
			group by %2$s applicant_type, outcome""";

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
