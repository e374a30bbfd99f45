package org.gongkai.calendar;

import org.gongkai.audit.AuditableEvent;

/**
 * A year of the calendar was entered, corrected or removed; modules that store due dates recompute them and say on
 * their records why a date moved.
 */
public record CalendarChanged(int year, Change change, String noticeNumber, int holidays, int makeUpWorkdays,
		String actor) implements AuditableEvent {

	/** What happened to the year's notice. */
	public enum Change {

		/** The notice of a year that was counted provisionally was entered. */
		ENTERED,
		/** An entered notice was corrected. */
		CORRECTED,
		/** An entered notice was removed: the year is counted provisionally again. */
		REMOVED

	}

	/** Why dates moved, as the records that moved say it: "因 2027 年节假日安排录入". */
	public String cause() {
		return "因 " + year + " 年节假日安排" + switch (change) {
			case ENTERED -> "录入";
			case CORRECTED -> "更正";
			case REMOVED -> "删除";
		};
	}

	@Override
	public String agencyCode() {
		return null;
	}

	@Override
	public String action() {
		return change == Change.REMOVED ? "CALENDAR_YEAR_REMOVED" : "CALENDAR_YEAR_SAVED";
	}

	@Override
	public String subject() {
		return "calendar:" + year;
	}

	@Override
	public String summary() {
		return change == Change.REMOVED ? "removed " + noticeNumber
				: noticeNumber + ", holidays=" + holidays + ", makeUpWorkdays=" + makeUpWorkdays;
	}

}
