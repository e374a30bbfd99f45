package org.gongkai.requests;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.calendar.CalendarDate;
import org.gongkai.calendar.WorkingDayCalendar;

/**
 * The months a due date was counted over, as small grids (Monday first): each day marked as working, rest, holiday or
 * make-up workday, the days of a pause, the day the clock started, the working days numbered from the day after it,
 * and the due day — whose number is the count of working days, so the picture and the date agree.
 */
public final class CalendarPicture {

	/** At most this many months are drawn (an old, long-paused application would need more). */
	static final int MAX_MONTHS = 6;

	private CalendarPicture() {
	}

	/** One month: its weeks, each of seven cells, null where a day belongs to the month before or after. */
	public record Month(YearMonth month, List<List<Day>> weeks) {
	}

	/**
	 * One day of the grid; {@code ordinal} is its number among the working days counted after the clock started
	 * (null for a day not counted or outside the count).
	 */
	public record Day(LocalDate date, CalendarDate.Kind kind, String name, boolean start, boolean paused, boolean due,
			Integer ordinal) {
	}

	static List<Month> of(LocalDate start, LocalDate end, LocalDate due, List<Pause> pauses,
			WorkingDayCalendar calendar) {
		YearMonth first = YearMonth.from(start);
		YearMonth last = YearMonth.from(end.isBefore(start) ? start : end);
		if (first.plusMonths(MAX_MONTHS - 1).isBefore(last)) {
			first = last.minusMonths(MAX_MONTHS - 1);
		}
		List<Month> months = new ArrayList<>();
		int ordinal = first.atDay(1).isAfter(start) ? calendar.workingDaysBetween(start, first.atDay(1).minusDays(1))
				: 0;
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			List<List<Day>> weeks = new ArrayList<>();
			List<Day> week = new ArrayList<>();
			for (int blank = 1; blank < month.atDay(1).getDayOfWeek().getValue(); blank++) {
				week.add(null);
			}
			for (int d = 1; d <= month.lengthOfMonth(); d++) {
				LocalDate date = month.atDay(d);
				CalendarDate counted = calendar.describe(date);
				Integer number = null;
				if (date.isAfter(start) && (due == null || !date.isAfter(due)) && counted.working()) {
					number = ++ordinal;
				}
				week.add(new Day(date, counted.kind(), counted.name(), date.equals(start), paused(date, pauses),
						date.equals(due), due == null ? null : number));
				if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
					weeks.add(week);
					week = new ArrayList<>();
				}
			}
			if (!week.isEmpty()) {
				while (week.size() < 7) {
					week.add(null);
				}
				weeks.add(week);
			}
			months.add(new Month(month, weeks));
		}
		return months;
	}

	/** Whether the clock stood still on {@code date}: it lies after the start of a pause up to and including its end, or after the start of one still open. */
	private static boolean paused(LocalDate date, List<Pause> pauses) {
		return pauses.stream()
			.anyMatch(pause -> date.isAfter(pause.startedOn())
					&& (pause.endedOn() == null || !date.isAfter(pause.endedOn())));
	}

}
