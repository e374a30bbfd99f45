package org.gongkai.calendar.web;

import java.time.LocalDate;

import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.platform.DomainException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public working-day arithmetic, for applicants and for a province's intake platform. */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApi {

	/** The longest span the API counts, a year of working days; longer spans are not statutory periods. */
	private static final int MAX_WORKING_DAYS = 250;

	private final WorkingDayCalendar calendar;

	CalendarApi(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	/** {@code provisional}: counted over a year whose holiday notice is not entered yet (see the calendar module). */
	record Deadline(LocalDate from, int workingDays, LocalDate deadline, boolean provisional) {
	}

	record WorkingDay(LocalDate date, boolean workingDay, boolean provisional) {
	}

	record Span(LocalDate from, LocalDate to, int workingDays, boolean provisional) {
	}

	/** The n-th working day after {@code from} (OGI art. 33: the day of receipt is not counted). */
	@GetMapping("/deadline")
	Deadline deadline(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam int workingDays) {
		if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
			throw DomainException.invalid("workingDays", "calendar.workingDays.range", MAX_WORKING_DAYS);
		}
		LocalDate deadline = calendar.addWorkingDays(from, workingDays);
		return new Deadline(from, workingDays, deadline, calendar.isProvisional(from, deadline));
	}

	@GetMapping("/working-day")
	WorkingDay workingDay(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return new WorkingDay(date, calendar.isWorkingDay(date), calendar.isProvisional(date, date));
	}

	/** Working days in (from, to]. */
	@GetMapping("/working-days")
	Span workingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		if (to.isAfter(from.plusYears(2))) {
			throw DomainException.invalid("to", "calendar.span.tooLong");
		}
		return new Span(from, to, calendar.workingDaysBetween(from, to), calendar.isProvisional(from, to));
	}

}
