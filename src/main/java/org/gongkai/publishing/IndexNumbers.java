package org.gongkai.publishing;

import org.gongkai.identity.AgencyInfo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 索引号 (OGI art. 12: every catalog entry has an index): {@code {credit code or agency code}/{year}-{5-digit serial}},
 * the most common form on real portals (rules.md §5.2), unique, given at first publication and never changed.
 */
@Component
class IndexNumbers {

	private final JdbcClient jdbc;

	IndexNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String next(AgencyInfo agency, int year) {
		int serial = jdbc.sql("""
				insert into index_serial (agency_id, year, last) values (:agency, :year, 1)
				on conflict (agency_id, year) do update set last = index_serial.last + 1 returning last""")
			.param("agency", agency.id().value())
			.param("year", year)
			.query(Integer.class)
			.single();
		return format(agency.creditCode() != null ? agency.creditCode() : agency.code(), year, serial);
	}

	static String format(String prefix, int year, int serial) {
		return "%s/%d-%05d".formatted(prefix, year, serial);
	}

}
