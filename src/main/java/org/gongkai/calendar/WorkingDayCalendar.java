package org.gongkai.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The one working-day calendar of the platform. Every statutory clock (OGI art. 30, 32, 33; 国办函〔2020〕109号)
 * counts working days through it. A year whose notice is not entered yet is counted on its provisional calendar
 * ({@link StatutoryHolidays}), so no statutory act waits for the notice; what depends on such a year says so
 * ({@link #provisionalYear}) and is recomputed when the notice is saved ({@link CalendarChanged}). Loaded from the notices in the database and reloaded when a year changes: at once on
 * the node that saved it, and within {@link #RECHECK} on every other node sharing the database (each checks the
 * notices' count and last change time before trusting what it loaded longer than that).
 */
@Service
public class WorkingDayCalendar {

	private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

	private final JdbcClient jdbc;

	/** How long a node uses its loaded calendar before it checks whether another node changed the notices. */
	static final Duration RECHECK = Duration.ofSeconds(5);

	private volatile WorkingDays days;

	/** The notices' count and last change when {@link #days} was loaded. */
	private volatile String version;

	/** When that was last compared with the database ({@link System#nanoTime()}). */
	private volatile long checkedAt;

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

	/** A calendar over given notices with the festivals' names, without a database: for tests. */
	public static WorkingDayCalendar of(Set<Integer> configuredYears, Map<LocalDate, DayKind> overrides,
			Map<LocalDate, String> names) {
		return new WorkingDayCalendar(new WorkingDays(configuredYears, overrides, names));
	}

	/** How {@code date} is counted, with the festival it belongs to (国庆节, or 调休上班 for 国庆节). */
	public CalendarDate describe(LocalDate date) {
		return days().describe(date);
	}

	/** Whether {@code date} is a working day (provisionally, in a year without a notice). */
	public boolean isWorkingDay(LocalDate date) {
		return days().isWorkingDay(date);
	}

	/** The n-th working day after {@code from}; {@code from} itself is never counted. */
	public LocalDate addWorkingDays(LocalDate from, int workingDays) {
		return days().addWorkingDays(from, workingDays);
	}

	/** How many working days lie after {@code from} up to and including {@code to}. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		return days().workingDaysBetween(from, to);
	}

	public boolean isConfigured(int year) {
		return days().configuredYears().contains(year);
	}

	/**
	 * The first year without an entered notice among the years of {@code from} to {@code to}: a date counted over
	 * that span is provisional. Empty when every year has its notice or when a date is missing.
	 */
	public Optional<Integer> provisionalYear(LocalDate from, LocalDate to) {
		if (from == null || to == null) {
			return Optional.empty();
		}
		WorkingDays current = days();
		for (int year = Math.min(from.getYear(), to.getYear()); year <= Math.max(from.getYear(), to.getYear()); year++) {
			if (current.isProvisional(year)) {
				return Optional.of(year);
			}
		}
		return Optional.empty();
	}

	/**
	 * The first day of the first year after the notices entered without a notice of its own: dates from it on are
	 * provisional (for queries that select such dates; the notices are entered year after year without gaps).
	 */
	public LocalDate provisionalFrom() {
		WorkingDays current = days();
		int year = current.configuredYears().stream().mapToInt(Integer::intValue).min().orElse(1900);
		while (!current.isProvisional(year)) {
			year++;
		}
		return LocalDate.of(year, 1, 1);
	}

	/** Whether a date counted over {@code from} to {@code to} depends on a year without an entered notice. */
	public boolean isProvisional(LocalDate from, LocalDate to) {
		return provisionalYear(from, to).isPresent();
	}

	/** The days a year without a notice is counted on (the statutory holidays and their 补假). */
	public List<CalendarDay> provisionalDays(int year) {
		return StatutoryHolidays.of(year);
	}

	synchronized void reload() {
		if (jdbc != null) {
			version = version();
			days = load();
			checkedAt = System.nanoTime();
		}
	}

	private WorkingDays days() {
		WorkingDays current = days;
		if (jdbc != null && (current == null || System.nanoTime() - checkedAt > RECHECK.toNanos())) {
			synchronized (this) {
				if (days == null) {
					reload();
				}
				else if (System.nanoTime() - checkedAt > RECHECK.toNanos()) {
					recheck();
				}
				current = days;
			}
		}
		return current;
	}

	// Reloads if another node changed the notices; keeps what it has while the database cannot be reached.
	private void recheck() {
		try {
			if (!version().equals(version)) {
				reload();
			}
		}
		catch (DataAccessException e) {
			log.debug("Calendar not rechecked: {}", e.getMessage());
		}
		checkedAt = System.nanoTime();
	}

	private String version() {
		return jdbc.sql("select count(*) || ':' || coalesce(max(updated_at)::text, '') from calendar_year")
			.query(String.class)
			.single();
	}

	private WorkingDays load() {
		Set<Integer> years = new HashSet<>(jdbc.sql("select year from calendar_year").query(Integer.class).list());
		Map<LocalDate, DayKind> overrides = new HashMap<>();
		Map<LocalDate, String> names = new HashMap<>();
		jdbc.sql("select day, kind, name from calendar_day")
			.query(rs -> {
				LocalDate day = rs.getObject("day", LocalDate.class);
				overrides.put(day, DayKind.valueOf(rs.getString("kind")));
				if (rs.getString("name") != null) {
					names.put(day, rs.getString("name"));
				}
			});
		return new WorkingDays(years, overrides, names);
	}

}
