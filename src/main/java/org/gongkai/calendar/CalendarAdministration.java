package org.gongkai.calendar;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongkai.platform.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the notices, and lets an ADMIN add or correct a year from the State Council notice. */
@Service
public class CalendarAdministration {

	/** From this month on, the dashboard warns when next year's notice is missing. */
	static final int WARN_FROM_MONTH = 11;

	private final JdbcClient jdbc;

	private final WorkingDayCalendar calendar;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CalendarAdministration(JdbcClient jdbc, WorkingDayCalendar calendar, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.events = events;
		this.clock = clock;
	}

	/** Every configured year, newest first, without its days. */
	public List<CalendarYear> years() {
		return jdbc.sql("select year, notice_number, notice_date, notes from calendar_year order by year desc")
			.query((rs, row) -> new CalendarYear(rs.getInt("year"), rs.getString("notice_number"),
					rs.getObject("notice_date", LocalDate.class), rs.getString("notes"), List.of()))
			.list();
	}

	public Optional<CalendarYear> year(int year) {
		List<CalendarDay> days = jdbc.sql("select day, kind, name from calendar_day where year = :year order by day")
			.param("year", year)
			.query((rs, row) -> new CalendarDay(rs.getObject("day", LocalDate.class),
					DayKind.valueOf(rs.getString("kind")), rs.getString("name")))
			.list();
		return jdbc.sql("select year, notice_number, notice_date, notes from calendar_year where year = :year")
			.param("year", year)
			.query((rs, row) -> new CalendarYear(rs.getInt("year"), rs.getString("notice_number"),
					rs.getObject("notice_date", LocalDate.class), rs.getString("notes"), days))
			.optional();
	}

	/**
	 * Stores a year's notice, replacing what was there. A make-up workday must be a Saturday or Sunday; every day
	 * must lie in the year or at the end of the year before it; no date may appear twice.
	 */
	@Transactional
	public void save(String actor, CalendarYear notice) {
		check(notice);
		boolean entered = !calendar.isConfigured(notice.year());
		jdbc.sql("""
				insert into calendar_year (year, notice_number, notice_date, notes, updated_at, updated_by)
				values (:year, :number, :date, :notes, :now, :actor)
				on conflict (year) do update set notice_number = excluded.notice_number,
				  notice_date = excluded.notice_date, notes = excluded.notes,
				  updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
			.param("year", notice.year())
			.param("number", notice.noticeNumber().strip())
			.param("date", notice.noticeDate())
			.param("notes", notice.notes())
			.param("now", Timestamp.from(clock.instant()))
			.param("actor", actor)
			.update();
		jdbc.sql("delete from calendar_day where year = :year").param("year", notice.year()).update();
		for (CalendarDay day : notice.days()) {
			jdbc.sql("insert into calendar_day (day, year, kind, name) values (:day, :year, :kind, :name)")
				.param("day", day.day())
				.param("year", notice.year())
				.param("kind", day.kind().name())
				.param("name", day.name())
				.update();
		}
		calendar.reload();
		events.publishEvent(new CalendarChanged(notice.year(),
				entered ? CalendarChanged.Change.ENTERED : CalendarChanged.Change.CORRECTED, notice.noticeNumber(),
				notice.holidays().size(), notice.makeUpWorkdays().size(), actor));
	}

	/** Removes a year's notice entered by mistake: the year is counted provisionally again. */
	@Transactional
	public void remove(String actor, int year) {
		CalendarYear notice = year(year).orElseThrow(() -> DomainException.notFound("calendar.notFound", year));
		jdbc.sql("delete from calendar_day where year = :year").param("year", year).update();
		jdbc.sql("delete from calendar_year where year = :year").param("year", year).update();
		calendar.reload();
		events.publishEvent(new CalendarChanged(year, CalendarChanged.Change.REMOVED, notice.noticeNumber(), 0, 0,
				actor));
	}

	/**
	 * The years around today that are counted provisionally, each with the days it is counted on: this year and the
	 * next, when their notices are missing.
	 */
	public List<CalendarYear> provisionalYears() {
		int thisYear = LocalDate.now(clock).getYear();
		return java.util.stream.IntStream.rangeClosed(thisYear, thisYear + 1)
			.filter(year -> !calendar.isConfigured(year))
			.mapToObj(year -> new CalendarYear(year, "", null, "", calendar.provisionalDays(year)))
			.toList();
	}

	/** The year whose notice is missing although it is time to have it (from 1 November), if any. */
	public Optional<Integer> missingNextYear() {
		LocalDate today = LocalDate.now(clock);
		int next = today.getYear() + 1;
		if (today.getMonthValue() >= WARN_FROM_MONTH && !calendar.isConfigured(next)) {
			return Optional.of(next);
		}
		return calendar.isConfigured(today.getYear()) ? Optional.empty() : Optional.of(today.getYear());
	}

	private void check(CalendarYear notice) {
		if (notice.noticeNumber() == null || notice.noticeNumber().isBlank()) {
			throw DomainException.invalid("noticeNumber", "validation.required");
		}
		if (notice.noticeDate() == null) {
			throw DomainException.invalid("noticeDate", "validation.required");
		}
		Set<LocalDate> seen = new HashSet<>();
		for (CalendarDay day : notice.days()) {
			if (day.day().getYear() != notice.year() && day.day().getYear() != notice.year() - 1) {
				throw DomainException.invalid("days", "calendar.day.outsideYear", day.day(), notice.year());
			}
			if (!seen.add(day.day())) {
				throw DomainException.invalid("days", "calendar.day.duplicate", day.day());
			}
			DayOfWeek weekday = day.day().getDayOfWeek();
			if (day.kind() == DayKind.MAKE_UP_WORKDAY && weekday != DayOfWeek.SATURDAY
					&& weekday != DayOfWeek.SUNDAY) {
				throw DomainException.invalid("days", "calendar.day.makeUpOnWeekday", day.day());
			}
		}
	}

}
