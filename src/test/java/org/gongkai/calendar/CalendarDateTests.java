package org.gongkai.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link WorkingDays#describe}: the reason a date is counted or not, in agreement with the count itself. */
class CalendarDateTests {

	private static final WorkingDays DAYS = OfficialCalendar.load();

	@Test
	void agreesWithTheCountOnEveryDayFrom2019To2028() {
		for (LocalDate day = LocalDate.of(2019, 1, 1); day.getYear() <= 2028; day = day.plusDays(1)) {
			assertThat(DAYS.describe(day).working()).as("%s", day).isEqualTo(DAYS.isWorkingDay(day));
			assertThat(DAYS.describe(day).provisional()).isEqualTo(DAYS.isProvisional(day.getYear()));
		}
	}

	@Test
	void namesTheFestivalOfANoticeDayAndOfAMakeUpWorkday() {
		assertThat(DAYS.describe(LocalDate.of(2025, 10, 1)))
			.isEqualTo(new CalendarDate(LocalDate.of(2025, 10, 1), CalendarDate.Kind.HOLIDAY, "国庆节、中秋节", false));
		assertThat(DAYS.describe(LocalDate.of(2025, 9, 28)))
			.isEqualTo(new CalendarDate(LocalDate.of(2025, 9, 28), CalendarDate.Kind.MAKE_UP_WORKDAY, "国庆节、中秋节",
					false));
		assertThat(DAYS.describe(LocalDate.of(2025, 9, 27)).kind()).isEqualTo(CalendarDate.Kind.REST_DAY);
		assertThat(DAYS.describe(LocalDate.of(2025, 9, 26)).kind()).isEqualTo(CalendarDate.Kind.WORKDAY);
	}

	@Test
	void namesAStatutoryHolidayOfAProvisionalYear() {
		int year = OfficialCalendar.lastNoticeYear() + 1;
		CalendarDate newYear = DAYS.describe(LocalDate.of(year, 10, 1));
		assertThat(newYear.kind()).isEqualTo(CalendarDate.Kind.HOLIDAY);
		assertThat(newYear.name()).isEqualTo("国庆节");
		assertThat(newYear.provisional()).isTrue();
	}

}
