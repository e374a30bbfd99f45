package org.gongkai.publishing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.identity.AgencyId;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.platform.DomainException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 索引号 (OGI art. 12: every catalog entry has an index), by a per-agency pattern. The default
 * {@code {prefix}/{year}-{serial}} gives {@code {credit code or agency code}/{year}-{5-digit serial}}, the most common
 * form on real portals (rules.md §5.2). Tokens: {@code {prefix}}, {@code {creditCode}}, {@code {code}}, {@code {year}},
 * {@code {serial}} (5 digits) or {@code {serial:N}} (N from 3 to 8 digits). An index number is unique, given at first
 * publication and never changed.
 */
@Component
class IndexNumbers {

	static final String DEFAULT_PATTERN = "{prefix}/{year}-{serial}";

	private static final Pattern TOKEN = Pattern.compile("\\{(prefix|creditCode|code|year|serial)(?::([3-8]))?}");

	private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9/\\-_.〔〕\\[\\]()（）\\u4e00-\\u9fff]*");

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
		return format(pattern(agency.id()), agency, year, serial);
	}

	String pattern(AgencyId agency) {
		return jdbc.sql("select pattern from index_number_pattern where agency_id = :agency")
			.param("agency", agency.value())
			.query(String.class)
			.optional()
			.orElse(DEFAULT_PATTERN);
	}

	void setPattern(AgencyId agency, String pattern) {
		String checked = validate(pattern);
		jdbc.sql("""
				insert into index_number_pattern (agency_id, pattern) values (:agency, :pattern)
				on conflict (agency_id) do update set pattern = excluded.pattern""")
			.param("agency", agency.value())
			.param("pattern", checked)
			.update();
	}

	/**
	 * A pattern must hold the year and the serial (the serial restarts every year, so together they keep numbers
	 * unique), only known tokens, and between them letters, digits, Chinese characters and simple separators.
	 */
	static String validate(String pattern) {
		String candidate = pattern == null ? "" : pattern.strip();
		if (candidate.isEmpty() || candidate.length() > 80 || !candidate.contains("{year}")
				|| !(candidate.contains("{serial}") || candidate.matches(".*\\{serial:[3-8]}.*"))) {
			throw DomainException.invalid("pattern", "publishing.indexPattern.invalid");
		}
		if (!LITERAL.matcher(TOKEN.matcher(candidate).replaceAll("")).matches()) {
			throw DomainException.invalid("pattern", "publishing.indexPattern.invalid");
		}
		return candidate;
	}

	static String format(String pattern, AgencyInfo agency, int year, int serial) {
		Matcher token = TOKEN.matcher(pattern);
		StringBuilder number = new StringBuilder();
		while (token.find()) {
			String value = switch (token.group(1)) {
				case "prefix" -> agency.creditCode() != null ? agency.creditCode() : agency.code();
				case "creditCode" -> agency.creditCode() != null ? agency.creditCode() : "";
				case "code" -> agency.code();
				case "year" -> Integer.toString(year);
				default -> String.format("%0" + (token.group(2) == null ? "5" : token.group(2)) + "d", serial);
			};
			token.appendReplacement(number, Matcher.quoteReplacement(value));
		}
		token.appendTail(number);
		return number.toString();
	}

}
