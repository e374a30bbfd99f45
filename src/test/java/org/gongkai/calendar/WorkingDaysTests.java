package org.gongkai.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Working-day arithmetic on the real State Council notices (国办发明电〔2024〕12号 for 2025, 国办发明电〔2025〕7号 for
 * 2026, and earlier years), and on the provisional calendar of 2027, whose notice is not entered. Expected dates were
 * counted by hand from the notices' text and, for 2027, from 《全国年节及纪念日放假办法》 and a printed 2027 calendar.
 */
class WorkingDaysTests {

	private final WorkingDays calendar = OfficialCalendar.load();

	@ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
	@CsvSource(delimiter = '|', textBlock = """
			2026-02-10 | 20 | 2026-03-16 | 春节 2026: 2/14 and 2/28 Saturdays worked, 2/15–2/23 off
			2025-01-24 |  1 | 2025-01-26 | 春节 2025: Sunday 1/26 is a make-up workday
			2025-01-27 |  1 | 2025-02-05 | 春节 2025: 1/28–2/4 off
			2025-02-07 |  1 | 2025-02-08 | 春节 2025: Saturday 2/8 is a make-up workday
			2025-09-30 |  1 | 2025-10-09 | 国庆节、中秋节 2025: 10/1–10/8 off
			2025-09-19 | 20 | 2025-10-23 | 国庆 2025 inside a 20-day period: 9/28 and 10/11 worked
			2025-12-31 |  1 | 2026-01-04 | year boundary: 元旦 2026 1/1–1/3 off, Sunday 1/4 worked
			2025-12-26 |  5 | 2026-01-05 | year boundary across 元旦 2026
			2026-09-18 |  1 | 2026-09-20 | 国庆 2026: Sunday 9/20 worked
			2026-09-30 |  1 | 2026-10-08 | 国庆 2026: 10/1–10/7 off
			2026-10-09 |  1 | 2026-10-10 | 国庆 2026: Saturday 10/10 worked
			2026-04-30 |  3 | 2026-05-08 | 劳动节 2026: 5/1–5/5 off
			2026-04-30 |  4 | 2026-05-09 | 劳动节 2026: Saturday 5/9 worked
			2024-02-08 |  2 | 2024-02-18 | 春节 2024: 2/10–2/17 off, Sunday 2/18 worked
			2020-01-23 |  1 | 2020-02-03 | 春节 2020 extended to 2/2 by 国办发明电〔2020〕1号
			2019-04-30 |  1 | 2019-05-05 | 劳动节 2019 as amended by 国办发明电〔2019〕3号
			2026-11-25 |  0 | 2026-11-25 | zero working days is the day itself
			""")
	@DisplayName("OGI art. 33: the n-th working day after the day of receipt")
	void addsWorkingDays(LocalDate from, int days, LocalDate expected, String reason) {
		assertThat(calendar.addWorkingDays(from, days)).as(reason).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} is a working day: {1}")
	@CsvSource(textBlock = """
			2025-01-01, false
			2025-01-26, true
			2025-02-08, true
			2025-10-08, false
			2025-10-11, true
			2026-01-04, true
			2026-02-16, false
			2026-05-09, true
			2026-06-19, false
			2026-10-10, true
			2026-11-25, true
			2026-11-28, false
			""")
	void knowsHolidaysAndMakeUpWorkdays(LocalDate day, boolean working) {
		assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
	}

	@ParameterizedTest(name = "working days in ({0}, {1}] = {2}")
	@CsvSource(textBlock = """
			2025-01-27, 2025-02-09, 4
			2025-09-30, 2025-10-12, 3
			2026-02-10, 2026-03-16, 20
			2026-03-16, 2026-02-10, 0
			""")
	@DisplayName("OGI art. 33 ¶3: a pause from S to E adds the working days in (S, E]")
	void countsWorkingDaysBetween(LocalDate from, LocalDate to, int expected) {
		assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} + {1} working days = {2} provisionally ({3})")
	@CsvSource(delimiter = '|', textBlock = """
			2026-12-30 |  1 | 2026-12-31 | 2026 has its notice
			2026-12-31 |  1 | 2027-01-04 | 元旦 2027 on a Friday, then the weekend
			2027-02-04 |  1 | 2027-02-11 | 春节 2027: 除夕 2/5 to 初三 2/8, with 2/6 and 2/7 a weekend made up on 2/9 and 2/10
			2027-04-30 |  1 | 2027-05-05 | 劳动节 2027 on Saturday and Sunday, made up on 5/3 and 5/4
			2027-09-30 |  1 | 2027-10-06 | 国庆节 2027 from Friday, 10/2 and 10/3 made up on 10/4 and 10/5
			2026-12-04 | 20 | 2027-01-04 | an application received 2026-12-04 (issue 13)
			""")
	@DisplayName("A year without a notice is counted on its statutory holidays, never refused")
	void countsAYearWithoutANoticeProvisionally(LocalDate from, int days, LocalDate expected, String reason) {
		assertThat(calendar.addWorkingDays(from, days)).as(reason).isEqualTo(expected);
	}

	@Test
	void saysWhichYearsAreProvisional() {
		assertThat(calendar.isProvisional(2026)).isFalse();
		assertThat(calendar.isProvisional(2027)).isTrue();
		assertThat(calendar.isProvisional(2035)).isTrue();
	}

	@Test
	void walksEveryDayOf2019To2035WithoutAnException() {
		for (LocalDate day = LocalDate.of(2019, 1, 1); day.getYear() <= 2035; day = day.plusDays(1)) {
			LocalDate due = calendar.addWorkingDays(day, 20);
			assertThat(calendar.workingDaysBetween(day, due)).as("from %s", day).isEqualTo(20);
			assertThat(calendar.isWorkingDay(due)).as("the 20th working day after %s", day).isTrue();
		}
	}

	@Test
	void shipsEveryYearFrom2019To2026() {
		for (int year = 2019; year <= 2026; year++) {
			assertThat(calendar.configuredYears()).contains(year);
		}
	}

}
