package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.gongkai.calendar.CalendarDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.requests.DisclosureRequests.CALENDAR;
import static org.gongkai.requests.DisclosureRequests.act;
import static org.gongkai.requests.DisclosureRequests.command;
import static org.gongkai.requests.RequestAction.*;

/** The explanation of a due date, on the State Council notices, against dates counted by hand. */
class DeadlineExplanationTests {

	@Test
	@DisplayName("A holiday of one day is named by its day, not as a span from that day to itself")
	void aHolidayOfOneDay() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		// the arguments the page gives a step: from, to, days, name, weekday, full from, full to, short to
		Object[] newYear = { "1月1日", "1月1日", 1, "元旦", null, null, null, "1日" };
		Object[] nationalDay = { "10月1日", "10月8日", 8, "国庆节、中秋节", null, null, null, "8日" };
		assertThat(messages.getMessage("deadline.step.HOLIDAY", newYear, Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("元旦放假：1月1日，共1天，不计入。");
		assertThat(messages.getMessage("deadline.step.HOLIDAY", nationalDay, Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("国庆节、中秋节放假：10月1日–8日，共8天，不计入。");
		Object[] newYearInEnglish = { "Jan 1", "Jan 1", 1, "元旦", null, null, null, "Jan 1" };
		assertThat(messages.getMessage("deadline.step.HOLIDAY", newYearInEnglish, Locale.ENGLISH))
			.isEqualTo("Holiday 元旦: Jan 1, 1 day, not counted.");
	}

	private static DeadlineExplanation explain(DisclosureRequest request, LocalDate extendedOn) {
		return DeadlineExplanation.of(request, extendedOn, DisclosureRequests.TODAY, CALENDAR);
	}

	private static List<DeadlineExplanation.Step> of(DeadlineExplanation explanation, DeadlineExplanation.Kind kind) {
		return explanation.steps().stream().filter(step -> step.kind() == kind).toList();
	}

	@Test
	@DisplayName("国庆 2025 named as one span, 9/28 and 10/11 named as 调休上班, the fee wait's 11 days added")
	void namesTheHolidaysAndMakeUpDaysAndThePause() {
		DisclosureRequest request = DisclosureRequests.received(LocalDate.of(2025, 9, 19));
		act(request, command(SEND_FEE_NOTICE, LocalDate.of(2025, 9, 22)));
		act(request, command(RECORD_PAYMENT, LocalDate.of(2025, 10, 13)));
		DeadlineExplanation explanation = explain(request, null);

		assertThat(explanation.dueOn()).isEqualTo(request.dueOn).isEqualTo(LocalDate.of(2025, 11, 7));
		assertThat(explanation.steps().get(0)).isEqualTo(DeadlineExplanation.Step.on(DeadlineExplanation.Kind.RECEIVED,
				LocalDate.of(2025, 9, 19)));
		assertThat(of(explanation, DeadlineExplanation.Kind.FEE)).singleElement()
			.isEqualTo(new DeadlineExplanation.Step(DeadlineExplanation.Kind.FEE, LocalDate.of(2025, 9, 22),
					LocalDate.of(2025, 10, 13), 11, null));
		assertThat(of(explanation, DeadlineExplanation.Kind.TOTAL).get(0).days()).isEqualTo(31);
		assertThat(of(explanation, DeadlineExplanation.Kind.HOLIDAY)).singleElement()
			.isEqualTo(new DeadlineExplanation.Step(DeadlineExplanation.Kind.HOLIDAY, LocalDate.of(2025, 10, 1),
					LocalDate.of(2025, 10, 8), 8, "国庆节、中秋节"));
		assertThat(of(explanation, DeadlineExplanation.Kind.MAKE_UP_WORKDAY)).extracting(DeadlineExplanation.Step::from)
			.containsExactly(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11));
		// 9/20–11/7: 7 weeks; weekends 9/20, 9/21, 9/27, 10/12, 10/18, 10/19, 10/25, 10/26, 11/1, 11/2 (10/4, 10/5 are
		// days of the holiday, 9/28 and 10/11 are worked)
		assertThat(of(explanation, DeadlineExplanation.Kind.WEEKENDS).get(0).days()).isEqualTo(10);
		assertThat(explanation.steps().get(explanation.steps().size() - 1))
			.isEqualTo(new DeadlineExplanation.Step(DeadlineExplanation.Kind.DUE, LocalDate.of(2025, 11, 7), null, 31,
					null));
		assertThat(explanation.provisionalYear()).isNull();
	}

	@Test
	@DisplayName("OGI art. 30: the clarification's restart is a step; the count runs from the day it arrived")
	void clarificationRestart() {
		DisclosureRequest request = DisclosureRequests.received(LocalDate.of(2025, 9, 19));
		act(request, command(REQUEST_CLARIFICATION, LocalDate.of(2025, 9, 22)));
		DeadlineExplanation waiting = explain(request, null);
		assertThat(waiting.dueOn()).isNull();
		assertThat(waiting.steps()).extracting(DeadlineExplanation.Step::kind)
			.containsExactly(DeadlineExplanation.Kind.RECEIVED, DeadlineExplanation.Kind.CLARIFICATION_REQUESTED,
					DeadlineExplanation.Kind.AWAITING_CLARIFICATION);

		act(request, command(RECORD_CLARIFICATION, LocalDate.of(2025, 10, 9)));
		DeadlineExplanation explanation = explain(request, null);
		assertThat(of(explanation, DeadlineExplanation.Kind.CLARIFIED).get(0).from()).isEqualTo(LocalDate.of(2025, 10, 9));
		assertThat(of(explanation, DeadlineExplanation.Kind.BASE).get(0).from()).isEqualTo(LocalDate.of(2025, 10, 9));
		assertThat(explanation.dueOn()).isEqualTo(LocalDate.of(2025, 11, 5));
		assertThat(of(explanation, DeadlineExplanation.Kind.MAKE_UP_WORKDAY)).singleElement()
			.satisfies(step -> assertThat(step.from()).isEqualTo(LocalDate.of(2025, 10, 11)));
	}

	@Test
	@DisplayName("OGI art. 33 ¶2: the extension's days and the day it was approved")
	void extension() {
		DisclosureRequest request = DisclosureRequests.received(LocalDate.of(2026, 9, 14));
		act(request, command(EXTEND, LocalDate.of(2026, 10, 15)));
		DeadlineExplanation explanation = explain(request, LocalDate.of(2026, 10, 15));
		assertThat(of(explanation, DeadlineExplanation.Kind.EXTENSION)).singleElement()
			.isEqualTo(new DeadlineExplanation.Step(DeadlineExplanation.Kind.EXTENSION, LocalDate.of(2026, 10, 15),
					null, 20, null));
		assertThat(explanation.dueOn()).isEqualTo(LocalDate.of(2026, 11, 13));
		assertThat(of(explanation, DeadlineExplanation.Kind.HOLIDAY)).extracting(DeadlineExplanation.Step::name)
			.containsExactly("中秋节", "国庆节");
	}

	@Test
	@DisplayName("A date counted into a year without a notice says which year is provisional")
	void provisionalYear() {
		int year = org.gongkai.calendar.OfficialCalendar.lastNoticeYear();
		DisclosureRequest request = DisclosureRequests.received(LocalDate.of(year, 12, 15));
		DeadlineExplanation explanation = explain(request, null);
		assertThat(explanation.provisionalYear()).isEqualTo(year + 1);
		assertThat(of(explanation, DeadlineExplanation.Kind.PROVISIONAL).get(0).name()).isEqualTo(String.valueOf(year + 1));
		assertThat(of(explanation, DeadlineExplanation.Kind.HOLIDAY)).extracting(DeadlineExplanation.Step::name)
			.contains("元旦");
	}

	@Test
	@DisplayName("On every day of 2019–2026, with and without a pause and an extension: explanation, picture and date agree")
	void explanationPictureAndDateAgree() {
		for (LocalDate received = LocalDate.of(2019, 6, 3); received.isBefore(LocalDate.of(2026, 10, 1)); received = received.plusDays(3)) {
			DisclosureRequest request = DisclosureRequests.received(received);
			if (received.getDayOfMonth() % 2 == 0) {
				act(request, command(START_CONSULTATION, received.plusDays(2)));
				act(request, command(END_CONSULTATION, received.plusDays(19)));
			}
			if (received.getDayOfMonth() % 3 == 0) {
				act(request, command(EXTEND, received.plusDays(20)));
			}
			DeadlineExplanation explanation = explain(request, received.plusDays(20));
			assertThat(explanation.dueOn()).as("received %s", received).isEqualTo(request.dueOn);
			int total = of(explanation, DeadlineExplanation.Kind.TOTAL).get(0).days();
			int sum = explanation.steps()
				.stream()
				.filter(step -> step.kind() == DeadlineExplanation.Kind.BASE
						|| step.kind() == DeadlineExplanation.Kind.CONSULTATION
						|| step.kind() == DeadlineExplanation.Kind.EXTENSION)
				.mapToInt(DeadlineExplanation.Step::days)
				.sum();
			assertThat(sum).as("received %s", received).isEqualTo(total);
			assertThat(CALENDAR.workingDaysBetween(request.clockStartedOn, request.dueOn)).isEqualTo(total);
			CalendarPicture.Day dueDay = explanation.months()
				.stream()
				.flatMap(month -> month.weeks().stream())
				.flatMap(List::stream)
				.filter(Objects::nonNull)
				.filter(CalendarPicture.Day::due)
				.findFirst()
				.orElseThrow();
			assertThat(dueDay.ordinal()).as("received %s", received).isEqualTo(total);
			assertThat(dueDay.date()).isEqualTo(request.dueOn);
			assertThat(CalendarDate.Kind.HOLIDAY).isNotEqualTo(dueDay.kind());
		}
	}

	@Test
	void closedWhileTheClockStoodStillHadNoDueDate() {
		DisclosureRequest request = DisclosureRequests.received(LocalDate.of(2025, 3, 3));
		act(request, command(START_CONSULTATION, LocalDate.of(2025, 3, 4)));
		act(request, command(WITHDRAW, LocalDate.of(2025, 3, 10)));
		DeadlineExplanation explanation = explain(request, null);
		assertThat(explanation.dueOn()).isNull();
		assertThat(of(explanation, DeadlineExplanation.Kind.CLOSED_WITHOUT_DUE).get(0).from())
			.isEqualTo(LocalDate.of(2025, 3, 10));
	}

}
