package org.gongkai.calendar;

import org.gongkai.audit.AuditableEvent;

/** A year of the calendar was added or corrected; modules that store due dates recompute them. */
public record CalendarChanged(int year, String noticeNumber, int holidays, int makeUpWorkdays, String actor)
		implements AuditableEvent {

	@Override
	public String agencyCode() {
		return null;
	}

	@Override
	public String action() {
		return "CALENDAR_YEAR_SAVED";
	}

	@Override
	public String subject() {
		return "calendar:" + year;
	}

	@Override
	public String summary() {
		return noticeNumber + ", holidays=" + holidays + ", makeUpWorkdays=" + makeUpWorkdays;
	}

}
