package org.gongkai.interaction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.gongkai.IntegrationTest;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.identity.AgencyAdministration;
import org.gongkai.identity.AgencyLevel;
import org.gongkai.identity.NewAgency;
import org.gongkai.identity.NewStaffAccount;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffAccounts;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.CreditCodes;
import org.gongkai.platform.DomainException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Consultations end to end: the public API and portal form with their validation and rate limit, triage by the
 * disclosure office, the answer by tracking number and in the Q&A list, the agency's own reply period, and that no
 * agency sees or handles another's.
 */
@IntegrationTest
class ConsultationTests {

	@Autowired
	ConsultationLedger consultationLedger;

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	ObjectMapper json;

	@Autowired
	ConsultationDesk desk;

	@Autowired
	InteractionQueries queries;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationContext context;

	@Test
	void theApiAnswersWithTheTrackingNumberAndTheDueDateInWorkingDays() throws Exception {
		LocalDate today = LocalDate.now(clock);
		JsonNode receipt = json.readTree(mvc.perform(ask("demo-finance", """
				{"name": "张三", "phone": "13800138000", "subject": "预算公开", "question": "请问2026年部门预算在哪里公开？"}""",
				"10.7.0.1"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.receivedOn").value(today.toString()))
			.andExpect(jsonPath("$.dueOn").value(calendar.addWorkingDays(today, 5).toString()))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(receipt.get("trackingNumber").asString()).matches("ZX\\d{4}-[A-Z2-9]{8}");
		assertThat(receipt.properties()).extracting(java.util.Map.Entry::getKey)
			.containsExactlyInAnyOrder("trackingNumber", "receivedOn", "dueOn");
		assertThat(queries.lookUp(receipt.get("trackingNumber").asString())).get()
			.extracting(PublicAnswer::status)
			.isEqualTo(ConsultationStatus.RECEIVED);
	}

	@Test
	void emptyOrMalformedFieldsAre400InTheCallersLanguage() throws Exception {
		mvc.perform(ask("demo-bureau", "{}", "10.7.0.2"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("name", "phone", "subject", "question")))
			.andExpect(jsonPath("$.detail").value(containsString("此项为必填项")));
		mvc.perform(ask("demo-bureau", """
				{"name": "Zhang San", "phone": "12345", "subject": "Budget", "question": "Where is it published?"}""",
				"10.7.0.2").header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("phone"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("valid mobile or landline")));
		mvc.perform(ask("demo-bureau", "{\"name\": ", "10.7.0.2")).andExpect(status().isBadRequest());
		mvc.perform(ask("no-such-agency", """
				{"name": "张三", "phone": "13800138000", "subject": "预算", "question": "请问预算在哪里公开？"}""", "10.7.0.2"))
			.andExpect(status().isNotFound());
	}

	@Test
	void oneAddressMayAskOnlyAFewTimesInAWhile() throws Exception {
		String body = """
				{"name": "李四", "email": "lisi@example.com", "subject": "办事时间", "question": "请问周六是否办公？"}""";
		for (int i = 0; i < 5; i++) {
			mvc.perform(ask("demo-bureau", body, "10.7.0.3")).andExpect(status().isCreated());
		}
		mvc.perform(ask("demo-bureau", body, "10.7.0.3")).andExpect(status().isTooManyRequests());
		mvc.perform(ask("demo-bureau", body, "10.7.0.4")).andExpect(status().isCreated());
	}

	@Test
	void thePortalFormKeepsWhatWasTypedAndGivesAReceipt() throws Exception {
		mvc.perform(post("/consultations/new").with(csrf()).with(from("10.7.0.5"))
			.param("agencyCode", "demo-bureau")
			.param("name", "王五")
			.param("phone", "123")
			.param("subject", "证明材料")
			.param("question", "户籍证明可以用电子证照代替吗？"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写正确的手机号码")))
			.andExpect(content().string(containsString("户籍证明可以用电子证照代替吗？")));
		mvc.perform(post("/consultations/new").with(csrf()).with(from("10.7.0.5"))
			.param("agencyCode", "demo-bureau")
			.param("name", "王五")
			.param("phone", "13800138000")
			.param("subject", "证明材料")
			.param("question", "户籍证明可以用电子证照代替吗？")
			.param("publish", "true"))
			.andExpect(redirectedUrl("/consultations/asked"));
		mvc.perform(post("/consultations/new").with(csrf()).with(from("10.7.0.5"))
			.param("agencyCode", "demo-bureau")
			.param("website", "http://spam.example"))
			.andExpect(redirectedUrl("/consultations"));
	}

	@Test
	void anAnswerTheAskerAgreedToPublishAppearsInTheQaListAndByTrackingNumber() throws Exception {
		Asked asked = desk.ask("demo-bureau", new Question("赵六", "13800138000", null, "窗口延时服务",
				"请问政务大厅是否提供中午延时服务？", true));
		desk.triage(staff("officer"), asked.id(), new ConsultationCommand.Answer(null,
				"工作日中午12:00至14:00提供延时服务。", true));
		mvc.perform(get("/consultations"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("工作日中午12:00至14:00提供延时服务。")))
			.andExpect(content().string(not(containsString("赵六"))));
		mvc.perform(post("/consultations/lookup").with(csrf()).param("trackingNumber", asked.trackingNumber()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已答复")))
			.andExpect(content().string(containsString("工作日中午12:00至14:00提供延时服务。")));
		mvc.perform(post("/consultations/lookup").with(csrf()).param("trackingNumber", "ZX2026-NOTTHERE"))
			.andExpect(content().string(containsString("未找到该咨询编号")));
	}

	@Test
	void thePortalPagesEveryPublishedAnswerLatestFirst() throws Exception {
		String agency = "answers-test-bureau";
		agencies.ensureChild("demo-district", new NewAgency(agency, "答复分页测试局", "demo-district",
				CreditCodes.of(agency), AgencyLevel.BUREAU));
		accounts.ensure(new NewStaffAccount("answers-officer", "答复分页专员", IntegrationTest.PASSWORD, agency,
				Set.of(Role.OFFICER)));
		org.gongkai.identity.Staff officer = staff("answers-officer");
		int count = InteractionQueries.ANSWERS_A_PAGE + 5;
		for (int i = 1; i <= count; i++) {
			Asked asked = desk.ask(agency, new Question("孙" + i, "13800138000", null, "分页问题" + i, "第" + i + "个问题？",
					true));
			desk.triage(officer, asked.id(), new ConsultationCommand.Answer(null, "第" + i + "个答复。", true));
		}
		org.jsoup.nodes.Document first = org.jsoup.Jsoup.parse(mvc.perform(get("/consultations?agency=" + agency))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(first.select("article.qa")).hasSize(InteractionQueries.ANSWERS_A_PAGE);
		assertThat(first.select("article.qa h3").first().text()).isEqualTo("分页问题" + count);
		assertThat(first.select("#answers-total").text()).startsWith("共 " + count + " 条");
		String next = first.select("nav.pager a[rel=next]").attr("href");
		assertThat(next).isEqualTo("/consultations?agency=" + agency + "&page=2");
		org.jsoup.nodes.Document second = org.jsoup.Jsoup
			.parse(mvc.perform(get(next)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(second.select("article.qa h3")).extracting(org.jsoup.nodes.Element::text)
			.hasSize(5)
			.endsWith("分页问题1");
		assertThat(second.select("nav.pager a[rel=next]")).isEmpty();
	}

	@Test
	void forwardingHandsTheQuestionToTheOtherAgencyUnderANewNumber() {
		Asked asked = desk.ask("demo-bureau", new Question("钱七", null, "qian@example.com", "预算公开",
				"请问区本级预算在哪里公开？", false));
		desk.triage(staff("officer"), asked.id(), new ConsultationCommand.Forward(null, "demo-finance",
				"由区财政局负责"));
		PublicAnswer original = queries.lookUp(asked.trackingNumber()).orElseThrow();
		assertThat(original.status()).isEqualTo(ConsultationStatus.FORWARDED);
		assertThat(original.forwardedToAgency()).isEqualTo("示例区财政局");
		PublicAnswer copy = queries.lookUp(original.forwardedTo()).orElseThrow();
		assertThat(copy.status()).isEqualTo(ConsultationStatus.RECEIVED);
		assertThat(copy.question()).isEqualTo("请问区本级预算在哪里公开？");
		assertThatThrownBy(() -> desk.triage(staff("officer"), asked.id(),
				new ConsultationCommand.Answer(null, "再答一次", false)))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
	}

	@Test
	void noAgencySeesOrHandlesAnothersConsultations() throws Exception {
		Asked asked = desk.ask("demo-bureau", new Question("孙八", "13800138000", null, "收费", "请问该项服务收费吗？",
				false));
		assertThatThrownBy(() -> queries.consultation(staff("finance-editor"), asked.id()))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
		assertThatThrownBy(() -> desk.triage(staff("finance-editor"), asked.id(),
				new ConsultationCommand.Answer(null, "越权答复", false)))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
		assertThat(consultationLedger.all(staff("finance-editor"), InteractionQueries.Filter.ALL))
			.extracting(ConsultationView::agencyCode)
			.containsOnly("demo-finance");
		mvc.perform(get("/admin/interaction/consultations/" + asked.id()).with(user(principal("finance-editor"))))
			.andExpect(status().isNotFound());
		assertThat(queries.consultation(staff("supervisor"), asked.id()).trackingNumber())
			.isEqualTo(asked.trackingNumber());
		assertThatThrownBy(() -> desk.triage(staff("supervisor"), asked.id(),
				new ConsultationCommand.Answer(null, "督查不办理", false)))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_PERMITTED));
	}

	@Test
	void theAgencysOwnReplyPeriodAppliesToNewConsultations() {
		assertThatThrownBy(() -> desk.setWorkingDays(staff("officer"), "demo-education", 10))
			.isInstanceOf(DomainException.class);
		desk.setWorkingDays(staff("admin"), "demo-education", 10);
		LocalDate today = LocalDate.now(clock);
		Asked asked = desk.ask("demo-education", new Question("周九", "13800138000", null, "入学", "请问入学报名时间？",
				false));
		assertThat(asked.dueOn()).isEqualTo(calendar.addWorkingDays(today, 10));
		assertThatThrownBy(() -> desk.setWorkingDays(staff("admin"), "demo-education", 0))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("workingDays"));
		// the audit log records events asynchronously
		await().untilAsserted(() -> assertThat(
				jdbc.sql("select count(*) from audit_entry where action = 'CONSULTATION_PERIOD_SET'")
					.query(Long.class)
					.single())
			.isPositive());
	}

	@Test
	void theDemoLedgerHasEveryStateAndTheThreeMonthLimit() {
		var ledger = consultationLedger.all(staff("officer"), InteractionQueries.Filter.ALL);
		assertThat(ledger).extracting(ConsultationView::status).contains(ConsultationStatus.values());
		assertThat(ledger).anyMatch(ConsultationView::beyondLimit);
		assertThat(ledger).anyMatch(ConsultationView::nearLimit);
		assertThat(ledger).anyMatch(ConsultationView::handledLate);
		assertThat(ledger).anyMatch(ConsultationView::overdue);
		assertThat(consultationLedger.all(staff("officer"), InteractionQueries.Filter.LIMIT))
			.allMatch(c -> c.beyondLimit() || c.nearLimit());
	}

	private MockHttpServletRequestBuilder ask(String agency, String body, String address) {
		return post("/api/v1/agencies/" + agency + "/consultations").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(from(address));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private org.gongkai.identity.Staff staff(String username) {
		return principal(username).staff();
	}

	private StaffPrincipal principal(String username) {
		return StaffFixtures.principal(context, username);
	}

}
