package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One year's notice: its number (e.g. 国办发明电〔2024〕12号), its date, notes on amending notices, and its days.
 * A day may lie in the previous calendar year (元旦 of 2023 began on 2022-12-31).
 */
public record CalendarYear(int year, String noticeNumber, LocalDate noticeDate, String notes, List<CalendarDay> days) {

	public CalendarYear {
		days = List.copyOf(days);
	}

	public List<CalendarDay> holidays() {
		return days.stream().filter(day -> day.kind() == DayKind.HOLIDAY).toList();
	}

	public List<CalendarDay> makeUpWorkdays() {
		return days.stream().filter(day -> day.kind() == DayKind.MAKE_UP_WORKDAY).toList();
	}

}
