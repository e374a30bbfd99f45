package org.gongkai.calendar;

import org.gongkai.platform.DomainException;

/** A date's year has no holiday notice, so no statutory deadline can be counted over it. */
public class CalendarNotConfigured extends DomainException {

	private final int year;

	public CalendarNotConfigured(int year) {
		super(Kind.UNPROCESSABLE, null, "calendar.notConfigured", year);
		this.year = year;
	}

	public int year() {
		return year;
	}

}
