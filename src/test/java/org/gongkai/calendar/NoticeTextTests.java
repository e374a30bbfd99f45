package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.platform.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoticeTextTests {

	@Test
	void readsRangesAndSingleDays() {
		List<CalendarDay> days = NoticeText.parse("holidays", "2026-02-15..2026-02-23 春节\n\n2026-04-04 清明节",
				DayKind.HOLIDAY);
		assertThat(days).hasSize(10);
		assertThat(days.get(0)).isEqualTo(new CalendarDay(LocalDate.of(2026, 2, 15), DayKind.HOLIDAY, "春节"));
		assertThat(days.get(9).day()).isEqualTo(LocalDate.of(2026, 4, 4));
	}

	@Test
	void writesConsecutiveDaysBackAsRanges() {
		String text = "2026-02-15..2026-02-23 春节\n2026-04-04..2026-04-06 清明节";
		assertThat(NoticeText.format(NoticeText.parse("holidays", text, DayKind.HOLIDAY))).isEqualTo(text);
	}

	@Test
	void namesTheFieldAndLineOfAMistake() {
		assertThatThrownBy(() -> NoticeText.parse("makeUpWorkdays", "2026-02-14 春节\n2026-13-01 春节",
				DayKind.MAKE_UP_WORKDAY))
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.field()).isEqualTo("makeUpWorkdays");
				assertThat(e.arguments()).containsExactly(2, "2026-13-01 春节");
			});
	}

}
