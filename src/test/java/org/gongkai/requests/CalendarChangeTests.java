package org.gongkai.requests;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.IntegrationTest;
import org.gongkai.calendar.CalendarAdministration;
import org.gongkai.calendar.CalendarDay;
import org.gongkai.calendar.CalendarYear;
import org.gongkai.calendar.DayKind;
import org.gongkai.identity.StaffFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Stored due dates follow a correction of the calendar. */
@IntegrationTest
class CalendarChangeTests {

	@Autowired
	CalendarAdministration calendars;

	@Autowired
	RequestIntake intake;

	@Autowired
	RequestQueries queries;

	@Autowired
	ApplicationContext context;

	@Test
	void aCorrectedYearMovesTheDueDatesOfOpenApplications() {
		var officer = StaffFixtures.principal(context, "officer").staff();
		long id = intake.register(officer, "demo-bureau", Channel.IN_PERSON, LocalDate.of(2026, 2, 10),
				new Application(ApplicantType.NATURAL_PERSON, "褚十一", null, null, null, null, null, null, null,
						"某份公告", null, DeliveryMethod.IN_PERSON, false))
			.id();
		assertThat(queries.find(officer, id).dueOn()).isEqualTo(LocalDate.of(2026, 3, 16));

		CalendarYear original = calendars.year(2026).orElseThrow();
		List<CalendarDay> corrected = new ArrayList<>(original.days());
		corrected.add(new CalendarDay(LocalDate.of(2026, 3, 2), DayKind.HOLIDAY, "测试更正"));
		calendars.save("admin", new CalendarYear(2026, original.noticeNumber(), original.noticeDate(),
				original.notes(), corrected));
		try {
			await().atMost(Duration.ofSeconds(10))
				.until(() -> LocalDate.of(2026, 3, 17).equals(queries.find(officer, id).dueOn()));
		}
		finally {
			calendars.save("admin", original);
		}
		await().atMost(Duration.ofSeconds(10))
			.until(() -> LocalDate.of(2026, 3, 16).equals(queries.find(officer, id).dueOn()));
	}

}
