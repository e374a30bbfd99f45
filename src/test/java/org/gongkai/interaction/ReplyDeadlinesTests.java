package org.gongkai.interaction;

import java.time.LocalDate;

import org.gongkai.calendar.OfficialCalendar;
import org.gongkai.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The due dates of consultations and proposals on the official holiday notices of 2025 and 2026. */
class ReplyDeadlinesTests {

	private final WorkingDayCalendar calendar = OfficialCalendar.calendar();

	@Test
	void aConsultationBeforeNationalDay2025CountsTheMakeUpSundayAndSkipsTheEightDayHoliday() {
		// 国办发明电〔2024〕12号: 10月1日至8日放假, 9月28日（周日）上班
		assertThat(ReplyDeadlines.consultationDue(LocalDate.of(2025, 9, 25), 5, calendar))
			.isEqualTo(LocalDate.of(2025, 10, 9));
	}

	@Test
	void aConsultationBeforeSpringFestival2026CountsTheMakeUpSaturdayAndSkipsTheNineDays() {
		// 国办发明电〔2025〕7号: 2月15日至23日放假, 2月14日（周六）上班
		assertThat(ReplyDeadlines.consultationDue(LocalDate.of(2026, 2, 13), 5, calendar))
			.isEqualTo(LocalDate.of(2026, 2, 27));
	}

	@Test
	void aConsultationBeforeNationalDay2026CountsTheMakeUpSaturdayOfOctober10() {
		assertThat(ReplyDeadlines.consultationDue(LocalDate.of(2026, 9, 29), 5, calendar))
			.isEqualTo(LocalDate.of(2026, 10, 12));
	}

	@Test
	void aConsultationReceivedOnAHolidayStartsCountingOnTheNextWorkingDay() {
		assertThat(ReplyDeadlines.consultationDue(LocalDate.of(2026, 10, 3), 1, calendar))
			.isEqualTo(LocalDate.of(2026, 10, 8));
		// 8, 9, 10 (the make-up Saturday), 12, 13, 14, 15, 16, 19, 20 October
		assertThat(ReplyDeadlines.consultationDue(LocalDate.of(2026, 10, 3), 10, calendar))
			.isEqualTo(LocalDate.of(2026, 10, 20));
	}

	@Test
	void theThreeMonthLimitIsCalendarMonthsEndingOnTheLastDayOfAShortMonth() {
		assertThat(ReplyDeadlines.consultationLimit(LocalDate.of(2025, 11, 30))).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(ReplyDeadlines.consultationLimit(LocalDate.of(2026, 1, 15))).isEqualTo(LocalDate.of(2026, 4, 15));
	}

	@Test
	void proposalsAreDueInThreeMonthsSixWhenComplexAndOneForACooperatingUnit() {
		LocalDate assigned = LocalDate.of(2025, 11, 30);
		assertThat(ReplyDeadlines.proposalDue(assigned, false, ProposalRole.LEAD)).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(ReplyDeadlines.proposalDue(assigned, true, ProposalRole.LEAD)).isEqualTo(LocalDate.of(2026, 5, 30));
		assertThat(ReplyDeadlines.proposalDue(assigned, false, ProposalRole.COOPERATING))
			.isEqualTo(LocalDate.of(2025, 12, 30));
		assertThat(ReplyDeadlines.proposalDue(LocalDate.of(2026, 1, 31), true, ProposalRole.COOPERATING))
			.as("a cooperating unit has one month whether or not the lead's case is complex")
			.isEqualTo(LocalDate.of(2026, 2, 28));
	}

}
