package org.gongkai.calendar;

import java.time.LocalDate;

/** One dated override of the weekend rule, named after its festival (春节, 国庆节, …). */
public record CalendarDay(LocalDate day, DayKind kind, String name) {
}
