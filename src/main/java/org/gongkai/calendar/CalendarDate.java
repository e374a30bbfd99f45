package org.gongkai.calendar;

import java.time.LocalDate;

/**
 * One date as the working-day calendar counts it: a plain working day, a weekend rest day, a holiday of the notice
 * (or of the provisional calendar) with its festival's name, or a make-up workday (调休上班) with the name of the
 * festival it makes up for. {@code provisional}: the date lies in a year whose notice is not entered yet.
 */
public record CalendarDate(LocalDate date, Kind kind, String name, boolean provisional) {

	/** How a date is counted. */
	public enum Kind {

		/** A weekday without an override: counted. */
		WORKDAY,
		/** A Saturday or Sunday without an override: not counted. */
		REST_DAY,
		/** 放假: a day off of the notice (also on a weekday): not counted. */
		HOLIDAY,
		/** 调休上班: a Saturday or Sunday that is worked: counted. */
		MAKE_UP_WORKDAY

	}

	/** Whether the date counts as a working day. */
	public boolean working() {
		return kind == Kind.WORKDAY || kind == Kind.MAKE_UP_WORKDAY;
	}

}
