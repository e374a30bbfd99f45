package org.gongkai.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar exactly as the application ships it: read from the Flyway migration that holds the State Council
 * notices of 2019–2026, so that unit tests check the real data, not a copy of it.
 */
public final class OfficialCalendar {

	private static final Pattern YEAR = Pattern.compile("\\((\\d{4}), '国办发明电");

	private static final Pattern DAY = Pattern
		.compile("\\(date '(\\d{4}-\\d{2}-\\d{2})', \\d{4}, '(HOLIDAY|MAKE_UP_WORKDAY)', '([^']*)'");

	private OfficialCalendar() {
	}

	/** The shipped calendar as the application's calendar type, for other modules' tests. */
	public static WorkingDayCalendar calendar() {
		Parsed parsed = parse();
		return WorkingDayCalendar.of(parsed.years(), parsed.days(), parsed.names());
	}

	static WorkingDays load() {
		Parsed parsed = parse();
		return new WorkingDays(parsed.years(), parsed.days(), parsed.names());
	}

	/** The last year whose notice the application ships. */
	public static int lastNoticeYear() {
		return parse().years().stream().mapToInt(Integer::intValue).max().orElseThrow();
	}

	/** The days off that the shipped notice of {@code year} declares. */
	static Set<LocalDate> holidays(int year) {
		Matcher day = Pattern.compile("\\(date '(\\d{4}-\\d{2}-\\d{2})', " + year + ", 'HOLIDAY'").matcher(sql());
		Set<LocalDate> days = new HashSet<>();
		while (day.find()) {
			days.add(LocalDate.parse(day.group(1)));
		}
		return days;
	}

	private record Parsed(Set<Integer> years, Map<LocalDate, DayKind> days, Map<LocalDate, String> names) {
	}

	private static String sql() {
		try (InputStream in = OfficialCalendar.class.getResourceAsStream("/db/migration/V3__calendar_notices.sql")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Parsed parse() {
		String sql = sql();
		Set<Integer> years = new HashSet<>();
		Matcher year = YEAR.matcher(sql);
		while (year.find()) {
			years.add(Integer.parseInt(year.group(1)));
		}
		Map<LocalDate, DayKind> days = new HashMap<>();
		Map<LocalDate, String> names = new HashMap<>();
		Matcher day = DAY.matcher(sql);
		while (day.find()) {
			days.put(LocalDate.parse(day.group(1)), DayKind.valueOf(day.group(2)));
			names.put(LocalDate.parse(day.group(1)), day.group(3));
		}
		return new Parsed(years, days, names);
	}

}
