package org.gongkai.appeals;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.gongkai.identity.AgencyId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Table 四 of the annual report (annual-report.md §3): the cases filed in the year, by group; a case not decided by
 * 31 December is 尚未审结, a decided one counts under its result.
 */
@Service
public class AppealStatistics {

	private final JdbcClient jdbc;

	AppealStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One group of five columns: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. */
	public record Group(long upheld, long corrected, long other, long pending, long total) {

		public static final Group NONE = new Group(0, 0, 0, 0, 0);

	}

	/**
	 * The five columns of a group of table 四, each a condition on a case filed in the year (annual-report.md §3):
	 * the counts and the lists behind each cell share it, so they cannot differ.
	 */
	public enum Column {

		/** 结果维持. */
		UPHELD("decided_on <= :last and result = 'UPHELD'"),
		/** 结果纠正. */
		CORRECTED("decided_on <= :last and result = 'CORRECTED'"),
		/** 其他结果. */
		OTHER("decided_on <= :last and result = 'OTHER'"),
		/** 尚未审结: not decided by 31 December. */
		PENDING("decided_on is null or decided_on > :last"),
		/** 总计. */
		TOTAL("true");

		final String sql;

		Column(String sql) {
			this.sql = sql;
		}

	}

	/** The cases of the agency filed in the year. */
	private static final String FILED_SQL = "agency_id = :agency and filed_on between :first and :last";

	public Map<AppealKind, Group> table(AgencyId agency, int year) {
		Map<AppealKind, Group> table = new EnumMap<>(AppealKind.class);
		for (AppealKind kind : AppealKind.values()) {
			table.put(kind, Group.NONE);
		}
		year(jdbc.sql("""
				select kind,
				  count(*) filter (where %s) as upheld,
				  count(*) filter (where %s) as corrected,
				  count(*) filter (where %s) as other,
				  count(*) filter (where %s) as pending,
				  count(*) filter (where %s) as total
				from appeal where %s
				group by kind""".formatted(Column.UPHELD.sql, Column.CORRECTED.sql, Column.OTHER.sql,
				Column.PENDING.sql, Column.TOTAL.sql, FILED_SQL)), agency, year)
			.query(rs -> {
				table.put(AppealKind.valueOf(rs.getString("kind")), new Group(rs.getLong("upheld"),
						rs.getLong("corrected"), rs.getLong("other"), rs.getLong("pending"), rs.getLong("total")));
			});
		return table;
	}

	/** A case counted in a cell of table 四, as the cell's list shows it. */
	public record CountedCase(long id, AppealKind kind, String requestTrackingNumber, LocalDate filedOn,
			LocalDate decidedOn, AppealResult result) {
	}

	/** The cases one cell of table 四 counts, by the condition its count uses, in the order they were filed. */
	public java.util.List<CountedCase> counted(AgencyId agency, int year, AppealKind kind, Column column) {
		return year(jdbc.sql("""
				select id, kind, request_tracking_number, filed_on, decided_on, result from appeal
				where %s and kind = :kind and (%s) order by filed_on, id""".formatted(FILED_SQL, column.sql)),
				agency, year)
			.param("kind", kind.name())
			.query((rs, n) -> new CountedCase(rs.getLong("id"), AppealKind.valueOf(rs.getString("kind")),
					rs.getString("request_tracking_number"), rs.getObject("filed_on", LocalDate.class),
					rs.getObject("decided_on", LocalDate.class),
					rs.getString("result") == null ? null : AppealResult.valueOf(rs.getString("result"))))
			.list();
	}

	private static JdbcClient.StatementSpec year(JdbcClient.StatementSpec sql, AgencyId agency, int year) {
		return sql.param("agency", agency.value())
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31));
	}

}
