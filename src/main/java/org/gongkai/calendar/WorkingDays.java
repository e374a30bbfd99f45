package org.gongkai.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The arithmetic of working days over a fixed set of notices. A year without a notice is counted on its provisional
 * calendar ({@link StatutoryHolidays}): no date is ever refused. Steps day by day, so a deadline never skips an
 * override at the end of a range. Immutable; {@link WorkingDayCalendar} swaps in a new one when a year changes.
 */
final class WorkingDays {

	private final Set<Integer> configuredYears;

	private final Map<LocalDate, DayKind> overrides;

	/** The festival each override belongs to, as the notice names it. */
	private final Map<LocalDate, String> names;

	WorkingDays(Set<Integer> configuredYears, Map<LocalDate, DayKind> overrides) {
		this(configuredYears, overrides, Map.of());
	}

	WorkingDays(Set<Integer> configuredYears, Map<LocalDate, DayKind> overrides, Map<LocalDate, String> names) {
		this.configuredYears = Set.copyOf(configuredYears);
		this.overrides = Map.copyOf(overrides);
		this.names = Map.copyOf(names);
	}

	/**
	 * How {@code date} is counted and why: the override of the notice with its festival's name, a statutory holiday
	 * of a provisional year, or the weekend rule. Agrees with {@link #isWorkingDay} on every date.
	 */
	CalendarDate describe(LocalDate date) {
		boolean provisional = isProvisional(date.getYear());
		DayKind override = overrides.get(date);
		if (override != null) {
			return new CalendarDate(date, override == DayKind.MAKE_UP_WORKDAY ? CalendarDate.Kind.MAKE_UP_WORKDAY
					: CalendarDate.Kind.HOLIDAY, names.getOrDefault(date, ""), provisional);
		}
		if (provisional) {
			for (CalendarDay day : StatutoryHolidays.of(date.getYear())) {
				if (day.day().equals(date)) {
					return new CalendarDate(date, CalendarDate.Kind.HOLIDAY, day.name(), true);
				}
			}
		}
		DayOfWeek day = date.getDayOfWeek();
		boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
		return new CalendarDate(date, weekend ? CalendarDate.Kind.REST_DAY : CalendarDate.Kind.WORKDAY, "",
				provisional);
	}

	boolean isWorkingDay(LocalDate date) {
		DayKind override = overrides.get(date);
		if (override != null) {
			return override == DayKind.MAKE_UP_WORKDAY;
		}
		if (isProvisional(date.getYear())
				&& StatutoryHolidays.of(date.getYear()).stream().anyMatch(day -> day.day().equals(date))) {
			return false;
		}
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
	}

	/** The n-th working day after {@code from} ({@code from} itself is not counted); n = 0 gives {@code from}. */
	LocalDate addWorkingDays(LocalDate from, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("working days to add must not be negative: " + n);
		}
		LocalDate day = from;
		int counted = 0;
		while (counted < n) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/**
	 * The number of working days after {@code from} up to and including {@code to}; zero when {@code to} is not after
	 * {@code from}.
	 */
	int workingDaysBetween(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	/** Whether {@code year} is counted on its provisional calendar, its notice not being entered. */
	boolean isProvisional(int year) {
		return !configuredYears.contains(year);
	}

	Set<Integer> configuredYears() {
		return configuredYears;
	}

}
