package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provisional calendar against what is known: the lunar dates of 春节, 端午 and 中秋 as the almanacs print them
 * (including the leap months of 2020, 2023, 2025, 2028, 2031 and the 闰十一月 of 2033), and every notice of 2019–2026
 * that the application ships, which must contain each statutory day and each 补假 that the rules give for its year.
 */
class StatutoryHolidaysTests {

	@ParameterizedTest(name = "{0}: 春节 {1}, 端午 {2}, 中秋 {3}, 清明 {4}")
	@CsvSource(textBlock = """
			2015, 2015-02-19, 2015-06-20, 2015-09-27, 2015-04-05
			2017, 2017-01-28, 2017-05-30, 2017-10-04, 2017-04-04
			2019, 2019-02-05, 2019-06-07, 2019-09-13, 2019-04-05
			2020, 2020-01-25, 2020-06-25, 2020-10-01, 2020-04-04
			2021, 2021-02-12, 2021-06-14, 2021-09-21, 2021-04-04
			2022, 2022-02-01, 2022-06-03, 2022-09-10, 2022-04-05
			2023, 2023-01-22, 2023-06-22, 2023-09-29, 2023-04-05
			2024, 2024-02-10, 2024-06-10, 2024-09-17, 2024-04-04
			2025, 2025-01-29, 2025-05-31, 2025-10-06, 2025-04-04
			2026, 2026-02-17, 2026-06-19, 2026-09-25, 2026-04-05
			2027, 2027-02-06, 2027-06-09, 2027-09-15, 2027-04-05
			2028, 2028-01-26, 2028-05-28, 2028-10-03, 2028-04-04
			2029, 2029-02-13, 2029-06-16, 2029-09-22, 2029-04-04
			2030, 2030-02-03, 2030-06-05, 2030-09-12, 2030-04-05
			2031, 2031-01-23, 2031-06-24, 2031-10-01, 2031-04-05
			2033, 2033-01-31, 2033-06-01, 2033-09-08, 2033-04-04
			2034, 2034-02-19, 2034-06-20, 2034-09-27, 2034-04-05
			2035, 2035-02-08, 2035-06-10, 2035-09-16, 2035-04-05
			""")
	@DisplayName("GB/T 33661-2017: lunar dates and the 清明 term in Beijing time")
	void computesTheLunarFestivalsAndQingming(int year, LocalDate springFestival, LocalDate dragonBoat,
			LocalDate midAutumn, LocalDate qingming) {
		assertThat(ChineseLunisolar.lunarDate(year, 1, 1)).isEqualTo(springFestival);
		assertThat(ChineseLunisolar.lunarDate(year, 5, 5)).isEqualTo(dragonBoat);
		assertThat(ChineseLunisolar.lunarDate(year, 8, 15)).isEqualTo(midAutumn);
		assertThat(ChineseLunisolar.solarTerm(year, 15)).isEqualTo(qingming);
	}

	@ParameterizedTest(name = "the notice of {0} contains every statutory day and 补假 of its year")
	@ValueSource(ints = { 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026 })
	void everyNoticeContainsTheStatutoryDaysOfItsYear(int year) {
		Set<LocalDate> noticeHolidays = OfficialCalendar.holidays(year);
		assertThat(StatutoryHolidays.statutoryDays(year)).extracting(CalendarDay::day)
			.as("the statutory days of %s", year)
			.isSubsetOf(noticeHolidays);
		assertThat(StatutoryHolidays.of(year)).extracting(CalendarDay::day)
			.as("the statutory days of %s with their 补假", year)
			.isSubsetOf(noticeHolidays);
	}

	@Test
	@DisplayName("国务院令第795号: 2026 counts 春节 from 除夕, four days, and 劳动节 two days")
	void appliesThe2024RevisionFrom2025() {
		Set<LocalDate> days = days(StatutoryHolidays.statutoryDays(2026));
		assertThat(days).contains(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 19), LocalDate.of(2026, 5, 2))
			.hasSize(13);
		assertThat(days(StatutoryHolidays.statutoryDays(2024))).doesNotContain(LocalDate.of(2024, 2, 9))
			.contains(LocalDate.of(2024, 2, 12))
			.hasSize(11);
	}

	@Test
	@DisplayName("Art. 6: a statutory day on a weekend is made up on the next weekday that is not a holiday")
	void makesUpWeekendHolidaysOnTheFollowingWeekdays() {
		assertThat(StatutoryHolidays.of(2027)).extracting(CalendarDay::day)
			.containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 6),
					LocalDate.of(2027, 2, 7), LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 9),
					LocalDate.of(2027, 2, 10), LocalDate.of(2027, 4, 5), LocalDate.of(2027, 5, 1),
					LocalDate.of(2027, 5, 2), LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 4),
					LocalDate.of(2027, 6, 9), LocalDate.of(2027, 9, 15), LocalDate.of(2027, 10, 1),
					LocalDate.of(2027, 10, 2), LocalDate.of(2027, 10, 3), LocalDate.of(2027, 10, 4),
					LocalDate.of(2027, 10, 5));
		assertThat(StatutoryHolidays.of(2027).get(5).name()).isEqualTo("春节（补假）");
	}

	private static Set<LocalDate> days(List<CalendarDay> days) {
		return days.stream().map(CalendarDay::day).collect(Collectors.toSet());
	}

}
