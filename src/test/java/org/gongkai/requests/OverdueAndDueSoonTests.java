package org.gongkai.requests;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule of overdue and due soon ({@link Deadline.Bounds}), on the State Council notice of 2025. */
class OverdueAndDueSoonTests {

	private static final LocalDate TUESDAY_BEFORE_NATIONAL_DAY = LocalDate.of(2025, 9, 30);

	@Test
	@DisplayName("Due soon reaches 3 working days ahead: across 国庆 2025 (10/1–10/8 off) 10/9, 10/10 and Saturday 10/11")
	void dueSoonCountsWorkingDays() {
		Deadline.Bounds bounds = Deadline.on(TUESDAY_BEFORE_NATIONAL_DAY, DisclosureRequests.CALENDAR);
		assertThat(bounds.soon()).isEqualTo(LocalDate.of(2025, 10, 11));
		assertThat(bounds.dueSoon(true, TUESDAY_BEFORE_NATIONAL_DAY)).as("due today").isTrue();
		assertThat(bounds.dueSoon(true, LocalDate.of(2025, 10, 11))).as("a make-up workday").isTrue();
		assertThat(bounds.dueSoon(true, LocalDate.of(2025, 10, 12))).isFalse();
		assertThat(bounds.dueSoon(false, TUESDAY_BEFORE_NATIONAL_DAY)).as("a closed application").isFalse();
		assertThat(bounds.dueSoon(true, null)).as("the clock stands still").isFalse();
	}

	@Test
	@DisplayName("OGI art. 33: an open application is overdue from the day after its due date")
	void overdueFromTheDayAfter() {
		Deadline.Bounds bounds = Deadline.on(TUESDAY_BEFORE_NATIONAL_DAY, DisclosureRequests.CALENDAR);
		assertThat(bounds.overdue(true, TUESDAY_BEFORE_NATIONAL_DAY)).isFalse();
		assertThat(bounds.overdue(true, LocalDate.of(2025, 9, 29))).isTrue();
		assertThat(bounds.dueSoon(true, LocalDate.of(2025, 9, 29))).as("overdue is not due soon").isFalse();
		assertThat(bounds.overdue(false, LocalDate.of(2025, 9, 29))).as("a closed application").isFalse();
		assertThat(bounds.overdue(true, null)).isFalse();
	}

}
