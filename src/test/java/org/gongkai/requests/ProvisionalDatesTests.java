package org.gongkai.requests;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.IntegrationTest;
import org.gongkai.calendar.CalendarAdministration;
import org.gongkai.calendar.CalendarYear;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.platform.LedgerQuery;
import org.gongkai.interaction.ConsultationDesk;
import org.gongkai.interaction.InteractionQueries;
import org.gongkai.interaction.Question;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gongkai.IntegrationTest.PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * A due date counted over a year whose holiday notice is not entered is provisional, and entering the notice moves
 * it to the exact date and says so on the timeline. Played with the real notice of 2026 (国办发明电〔2025〕7号):
 * removed, an application received on 2025-12-04 is due on Friday 2026-01-02, the 20th working day when only 元旦
 * is off; entered again, 1–3 January are off and Sunday 4 January is worked, so it is due on 2026-01-04. A question
 * received on 2025-12-25 with the default 5 working days moves the same way.
 */
@IntegrationTest
class ProvisionalDatesTests {

	@Autowired
	CalendarAdministration calendars;

	@Autowired
	RequestIntake intake;

	@Autowired
	RequestQueries queries;

	@Autowired
	RequestLedger ledger;

	@Autowired
	ConsultationDesk consultations;

	@Autowired
	InteractionQueries interaction;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void enteringTheNoticeMovesAProvisionalDueDateAndSaysSoOnTheTimeline() throws Exception {
		Staff officer = StaffFixtures.principal(context, "officer").staff();
		CalendarYear notice = calendars.year(2026).orElseThrow();
		calendars.remove("admin", 2026);
		try {
			long id = intake.register(officer, "demo-bureau", Channel.POST, LocalDate.of(2025, 12, 4),
					new Application(ApplicantType.NATURAL_PERSON, "卫十二", null, null, null, null, null, null, null,
							"2025年度某专项资金使用情况", null, DeliveryMethod.IN_PERSON, false))
				.id();
			long question = consultations.register(officer, "demo-bureau",
					new Question("韩十三", "13800138013", null, "年末咨询", "请问元旦期间窗口是否办公？", false), LocalDate.of(2025, 12, 25))
				.id();
			assertThat(interaction.consultation(officer, question).dueOn()).isEqualTo(LocalDate.of(2026, 1, 2));
			assertThat(interaction.consultation(officer, question).dueOnProvisional()).isTrue();
			RequestView provisional = queries.find(officer, id);
			assertThat(provisional.dueOn()).isEqualTo(LocalDate.of(2026, 1, 2));
			assertThat(provisional.dueOnProvisional()).isTrue();
			assertThat(provisional.provisionalYear()).isEqualTo(2026);
			mvc.perform(get("/api/v1/requests/{id}", id).with(httpBasic("officer", PASSWORD)))
				.andExpect(jsonPath("$.dueOn").value("2026-01-02"))
				.andExpect(jsonPath("$.dueOnProvisional").value(true));
			assertThat(ledger.items(officer, List.of(id)))
				.singleElement()
				.satisfies(item -> assertThat(item.provisional()).isTrue());
			LedgerQuery provisionalOnes = new LedgerQuery(null, null, null, null, provisional.trackingNumber(), null,
					null, null, null, null, RequestQueries.Filter.PROVISIONAL.name());
			assertThat(ledger.page(officer, provisionalOnes).items()).extracting(RequestQueries.WorkItem::id)
				.containsExactly(id);
			mvc.perform(get("/admin").with(user(StaffFixtures.principal(context, "officer"))))
				.andExpect(content().string(containsString("期限暂按法定节假日推算")))
				.andExpect(content().string(containsString("/admin/requests?filter=PROVISIONAL")));
			mvc.perform(get("/admin/requests/{id}", id).with(user(StaffFixtures.principal(context, "officer"))))
				.andExpect(content().string(containsString("2026 年的节假日安排尚未录入：暂按《全国年节及纪念日放假办法》推算")));

			calendars.save("admin", notice);
			await().atMost(Duration.ofSeconds(10))
				.until(() -> LocalDate.of(2026, 1, 4).equals(queries.find(officer, id).dueOn()));
			RequestView exact = queries.find(officer, id);
			assertThat(exact.dueOnProvisional()).isFalse();
			assertThat(exact.provisionalYear()).isNull();
			assertThat(queries.timeline(officer, id)).extracting(RequestEvent::details)
				.contains("因 2026 年节假日安排录入，答复期限由 2026-01-02 调整为 2026-01-04");
			assertThat(queries.recentlyRecounted(officer)).extracting(RequestQueries.Recounted::requestId).contains(id);
			await().atMost(Duration.ofSeconds(10))
				.until(() -> LocalDate.of(2026, 1, 4).equals(interaction.consultation(officer, question).dueOn()));
			assertThat(interaction.consultation(officer, question).dueOnProvisional()).isFalse();
		}
		finally {
			if (calendars.year(2026).isEmpty()) {
				calendars.save("admin", notice);
			}
		}
	}

}
