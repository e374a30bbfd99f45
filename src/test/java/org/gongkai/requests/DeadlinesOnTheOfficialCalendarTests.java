package org.gongkai.requests;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.requests.DisclosureRequests.act;
import static org.gongkai.requests.DisclosureRequests.command;
import static org.gongkai.requests.RequestAction.*;

/**
 * Due dates derived from the timeline on the State Council notices of 2025 and 2026; every expected date was
 * counted by hand, day by day, from the notices.
 */
class DeadlinesOnTheOfficialCalendarTests {

	@Test
	@DisplayName("OGI art. 33: 20 working days across 春节 2026 (2/14 and 2/28 worked, 2/15–2/23 off)")
	void twentyWorkingDaysFromReceipt() {
		DisclosureRequest request = DisclosureRequests.received(LocalDate.of(2026, 2, 10));
		assertThat(request.dueOn).isEqualTo(LocalDate.of(2026, 3, 16));
	}

	@Test
	@DisplayName("OGI art. 30: after a clarification the 20 working days run again from the day it arrived")
	void clarificationRestartsTheClock() {
		DisclosureRequest request = DisclosureRequests.received(LocalDate.of(2025, 9, 19));
		assertThat(request.dueOn).isEqualTo(LocalDate.of(2025, 10, 23));
		act(request, command(REQUEST_CLARIFICATION, LocalDate.of(2025, 9, 22)));
		assertThat(request.dueOn).as("the clock stands still while the clarification is awaited").isNull();
		act(request, command(RECORD_CLARIFICATION, LocalDate.of(2025, 10, 9)));
		// 10/10, 10/11 (Sat, worked), 10/13–17, 10/20–24, 10/27–31, 11/3, 11/4, 11/5
		assertThat(request.dueOn).isEqualTo(LocalDate.of(2025, 11, 5));
	}

	@Test
	@DisplayName("OGI art. 33 ¶3: a consultation from S to E adds the working days in (S, E] — 春节 2025")
	void consultationPausesTheClock() {
		DisclosureRequest request = DisclosureRequests.received(LocalDate.of(2025, 1, 20));
		assertThat(request.dueOn).isEqualTo(LocalDate.of(2025, 2, 21));
		act(request, command(START_CONSULTATION, LocalDate.of(2025, 1, 22)));
		assertThat(request.dueOn).isNull();
		assertThat(request.consultationDueOn).as("15 working days for the third party (art. 32)")
			.isEqualTo(LocalDate.of(2025, 2, 18));
		act(request, command(END_CONSULTATION, LocalDate.of(2025, 2, 7)));
		// (1/22, 2/7] holds 1/23, 1/24, 1/26 (Sun, worked), 1/27, 2/5, 2/6, 2/7: seven working days
		assertThat(request.dueOn).isEqualTo(LocalDate.of(2025, 3, 4));
	}

	@Test
	@DisplayName("OGI art. 33: an extension adds its working days — 国庆 2026 and its make-up Saturday")
	void extensionAddsItsDays() {
		DisclosureRequest request = DisclosureRequests.received(LocalDate.of(2026, 9, 14));
		// 9/20 (Sun) and 10/10 (Sat) are worked; 9/25 and 10/1–10/7 are off
		assertThat(request.dueOn).isEqualTo(LocalDate.of(2026, 10, 16));
		act(request, command(EXTEND, LocalDate.of(2026, 10, 15)));
		assertThat(request.dueOn).isEqualTo(LocalDate.of(2026, 11, 13));
	}

	@Test
	@DisplayName("国办函〔2020〕109号: the wait for payment does not count; 20 working days to pay from the next day")
	void feeWaitPausesTheClock() {
		DisclosureRequest request = DisclosureRequests.received(LocalDate.of(2025, 9, 19));
		act(request, command(SEND_FEE_NOTICE, LocalDate.of(2025, 9, 22)));
		assertThat(request.feeDueOn).isEqualTo(LocalDate.of(2025, 10, 24));
		act(request, command(RECORD_PAYMENT, LocalDate.of(2025, 10, 13)));
		// (9/22, 10/13] holds eleven working days, among them 9/28 (Sun) and 10/11 (Sat)
		assertThat(request.dueOn).isEqualTo(LocalDate.of(2025, 11, 7));
	}

	@Test
	void aClosedApplicationKeepsTheDueDateItHad() {
		DisclosureRequest request = DisclosureRequests.received(LocalDate.of(2026, 2, 10));
		act(request, command(REPLY, LocalDate.of(2026, 3, 17)));
		assertThat(request.dueOn).isEqualTo(LocalDate.of(2026, 3, 16));
		assertThat(request.closedOn).as("replied one day late").isAfter(request.dueOn);
	}

}
