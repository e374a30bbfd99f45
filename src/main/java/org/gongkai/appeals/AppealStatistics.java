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

	public Map<AppealKind, Group> table(AgencyId agency, int year) {
		Map<AppealKind, Group> table = new EnumMap<>(AppealKind.class);
		for (AppealKind kind : AppealKind.values()) {
			table.put(kind, Group.NONE);
		}
		LocalDate last = LocalDate.of(year, 12, 31);
		jdbc.sql("""
				select kind,
				  count(*) filter (where decided_on <= :last and result = 'UPHELD') as upheld,
				  count(*) filter (where decided_on <= :last and result = 'CORRECTED') as corrected,
				  count(*) filter (where decided_on <= :last and result = 'OTHER') as other,
				  count(*) filter (where decided_on is null or decided_on > :last) as pending,
				  count(*) as total
				from appeal where agency_id = :agency and filed_on between :first and :last
				group by kind""")
			.param("agency", agency.value())
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", last)
			.query(rs -> {
				table.put(AppealKind.valueOf(rs.getString("kind")), new Group(rs.getLong("upheld"),
						rs.getLong("corrected"), rs.getLong("other"), rs.getLong("pending"), rs.getLong("total")));
			});
		return table;
	}

}
