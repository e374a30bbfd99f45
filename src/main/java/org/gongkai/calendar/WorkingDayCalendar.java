package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The one working-day calendar of the platform. Every statutory clock (OGI art. 30, 32, 33; 国办函〔2020〕109号)
 * counts working days through it. Loaded from the notices in the database and reloaded when a year changes.
 */
@Service
public class WorkingDayCalendar {

	private final JdbcClient jdbc;

	private volatile WorkingDays days;

	@Autowired
	WorkingDayCalendar(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private WorkingDayCalendar(WorkingDays days) {
		this.jdbc = null;
		this.days = days;
	}

	/** A calendar over given notices, without a database: for tests and benchmarks. */
	public static WorkingDayCalendar of(Set<Integer> configuredYears, Map<LocalDate, DayKind> overrides) {
		return new WorkingDayCalendar(new WorkingDays(configuredYears, overrides));
	}

	/** Whether {@code date} is a working day; throws {@link CalendarNotConfigured} for a year without a notice. */
	public boolean isWorkingDay(LocalDate date) {
		return days().isWorkingDay(date);
	}

	/** The n-th working day after {@code from}; {@code from} itself is never counted. */
	public LocalDate addWorkingDays(LocalDate from, int workingDays) {
		return days().addWorkingDays(from, workingDays);
	}

	/** How many working days lie in (from, to]. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		return days().workingDaysBetween(from, to);
	}

	public boolean isConfigured(int year) {
		return days().configuredYears().contains(year);
	}

	void reload() {
		if (jdbc != null) {
			days = load();
		}
	}

	private WorkingDays days() {
		WorkingDays current = days;
		if (current == null) {
			synchronized (this) {
				if (days == null) {
					days = load();
				}
				current = days;
			}
		}
		return current;
	}

	private WorkingDays load() {
		Set<Integer> years = new HashSet<>(jdbc.sql("select year from calendar_year").query(Integer.class).list());
		Map<LocalDate, DayKind> overrides = new HashMap<>();
		jdbc.sql("select day, kind from calendar_day")
			.query(rs -> {
				overrides.put(rs.getObject("day", LocalDate.class), DayKind.valueOf(rs.getString("kind")));
			});
		return new WorkingDays(years, overrides);
	}

}
