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

	WorkingDays(Set<Integer> configuredYears, Map<LocalDate, DayKind> overrides) {
		this.configuredYears = Set.copyOf(configuredYears);
		this.overrides = Map.copyOf(overrides);
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
