package org.gongkai.annualreport;

import java.time.Duration;
import java.util.EnumSet;
import java.util.stream.Stream;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.AgencyAdministration;
import org.gongkai.identity.AgencyLevel;
import org.gongkai.identity.NewAgency;
import org.gongkai.identity.NewStaffAccount;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffAccounts;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.WrittenRule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.gongkai.annualreport.ReportAction.PUBLISH;
import static org.gongkai.annualreport.ReportAction.SAVE;
import static org.gongkai.annualreport.ReportAction.SEND_BACK;
import static org.gongkai.annualreport.ReportState.CORRECTION_REQUESTED;
import static org.gongkai.annualreport.ReportState.DRAFT;
import static org.gongkai.annualreport.ReportState.PUBLISHED;
import static org.gongkai.annualreport.ReportState.SENT_BACK;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every (state, action) pair of an agency's annual report against issue 18 §5 and OGI art. 49, played on the real
 * services: a supervising office's send-back moves a draft to 被退回（待修改） until the agency saves it again; a
 * published report is never taken offline by it (the send-back records a correction request, answered by a corrected
 * version); publishing stays the agency's decision in every state. The sent-back state and its comment are shown on
 * the agency's report page and dashboard and on the supervisor's roll-up, and each send-back is audited.
 */
@IntegrationTest
class ReportTransitionTableTests {

	private static final String BUREAU = "report-table-bureau";

	/** The expected table, written from the issue and the statute independently of {@link ReportTransitions}. */
	private static final WrittenRule<ReportState, ReportAction> RULE = WrittenRule
		.of(ReportState.class, ReportAction.class)
		.allow(DRAFT, SAVE, DRAFT)
		.allow(DRAFT, PUBLISH, PUBLISHED)
		.allow(DRAFT, SEND_BACK, SENT_BACK)
		.allow(SENT_BACK, SAVE, DRAFT) // saving again returns it to a draft
		.allow(SENT_BACK, PUBLISH, PUBLISHED) // art. 49: the agency's own statutory document and date
		.allow(SENT_BACK, SEND_BACK, SENT_BACK)
		.allow(PUBLISHED, SAVE, PUBLISHED) // the narrative of a correction; the published version stays
		.allow(PUBLISHED, PUBLISH, PUBLISHED) // a corrected version
		.allow(PUBLISHED, SEND_BACK, CORRECTION_REQUESTED) // never offline: a correction request
		.allow(CORRECTION_REQUESTED, SAVE, CORRECTION_REQUESTED)
		.allow(CORRECTION_REQUESTED, PUBLISH, PUBLISHED)
		.allow(CORRECTION_REQUESTED, SEND_BACK, CORRECTION_REQUESTED);

	@Autowired
	AnnualReports reports;

	@Autowired
	ReportComments comments;

	@Autowired
	Supervision supervision;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private static boolean ready;

	@BeforeEach
	void agency() {
		if (ready) {
			return;
		}
		agencies.ensureChild("demo-district", new NewAgency(BUREAU, "示例区报告状态测试局", null, null, AgencyLevel.BUREAU));
		accounts.ensure(new NewStaffAccount("report-table-officer", "报告专员", "Report-Table-Officer-2026", BUREAU,
				EnumSet.of(Role.OFFICER)));
		ready = true;
	}

	static Stream<Arguments> everyPair() {
		return RULE.everyPair();
	}

	@Test
	void theTableIsTheRule() {
		RULE.assertAllowedExactlyBy(ReportTransitions.TABLE::allowed);
	}

	@ParameterizedTest(name = "{0} × {1}")
	@MethodSource("everyPair")
	@DisplayName("每个状态 × 每个操作")
	void everyPairIsDecidedByTheRule(ReportState state, ReportAction action) {
		int year = 2000 + state.ordinal() * 4 + action.ordinal();
		in(state, year);
		assertThat(reports.state(officer(), BUREAU, year)).isEqualTo(state);
		boolean wasPublished = reports.published(BUREAU, year).isPresent();
		ReportState expected = RULE.next(state, action).orElse(null);
		if (expected == null) {
			assertThatThrownBy(() -> act(action, year)).isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
			assertThat(reports.state(officer(), BUREAU, year)).isEqualTo(state);
			return;
		}
		act(action, year);
		assertThat(reports.state(officer(), BUREAU, year)).isEqualTo(expected);
		if (wasPublished) {
			assertThat(reports.published(BUREAU, year)).as("a published report stays published").isPresent();
		}
	}

	@Test
	void aSentBackDraftIsShownToTheBureauAndTheSupervisorUntilTheBureauSavesAgain() throws Exception {
		int year = 2030;
		comments.sendBack(supervisor(), BUREAU, year, "请补充第五部分存在的主要问题及改进情况。");
		assertThat(reports.state(officer(), BUREAU, year)).isEqualTo(SENT_BACK);
		mvc.perform(get("/admin/annual-reports/" + year).with(user(principal("report-table-officer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("被退回（待修改）")))
			.andExpect(content().string(containsString("请补充第五部分存在的主要问题及改进情况。")));
		mvc.perform(get("/admin").with(user(principal("report-table-officer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reports-sent-back\"")))
			.andExpect(content().string(containsString("请补充第五部分存在的主要问题及改进情况。")))
			.andExpect(content().string(containsString("2030 年度报告被退回（待修改）")));
		assertThat(supervision.board(supervisor(), year).lines()).filteredOn(line -> line.agencyCode().equals(BUREAU))
			.singleElement()
			.satisfies(line -> {
				assertThat(line.workflow()).isEqualTo(SENT_BACK);
				assertThat(line.pendingComment()).isEqualTo("请补充第五部分存在的主要问题及改进情况。");
			});
		mvc.perform(get("/admin/annual-reports").param("year", "" + year).with(user(principal("supervisor"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("被退回（待修改）")))
			.andExpect(content().string(containsString("请补充第五部分存在的主要问题及改进情况。")));

		reports.saveNarrative(officer(), BUREAU, year, reports.draft(officer(), BUREAU, year).narrative());
		assertThat(reports.state(officer(), BUREAU, year)).isEqualTo(DRAFT);
		mvc.perform(get("/admin/annual-reports/" + year).with(user(principal("report-table-officer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("被退回（待修改）"))));
		assertThat(comments.waiting(officer())).noneMatch(waiting -> waiting.year() == year);
		assertThat(supervision.board(supervisor(), year).lines()).filteredOn(line -> line.agencyCode().equals(BUREAU))
			.singleElement()
			.satisfies(line -> assertThat(line.pendingComment()).isNull());
		assertThat(comments.of(officer(), BUREAU, year)).singleElement()
			.satisfies(comment -> assertThat(comment.correction()).isFalse());
	}

	@Test
	void aPublishedReportSentBackStaysPublishedWithACorrectionRequestThatIsAudited() throws Exception {
		int year = 2015;
		reports.saveNarrative(officer(), BUREAU, year, Narratives.completed(reports.draft(officer(), BUREAU, year).narrative()));
		reports.publish(officer(), BUREAU, year);
		comments.sendBack(supervisor(), BUREAU, year, "表三第二栏数字与上年不一致，请更正后重新发布。");
		assertThat(reports.state(officer(), BUREAU, year)).isEqualTo(CORRECTION_REQUESTED);
		assertThat(reports.published(BUREAU, year)).hasValueSatisfying(
				report -> assertThat(report.status()).isEqualTo(AnnualReport.Status.PUBLISHED));
		mvc.perform(get("/annual-reports/" + BUREAU + "/" + year)).andExpect(status().isOk());
		assertThat(comments.of(officer(), BUREAU, year)).singleElement()
			.satisfies(comment -> assertThat(comment.correction()).isTrue());
		mvc.perform(get("/admin/annual-reports/" + year).with(user(principal("report-table-officer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已发布，上级要求更正")))
			.andExpect(content().string(containsString("更正请求")));
		mvc.perform(get("/admin").with(user(principal("report-table-officer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("表三第二栏数字与上年不一致，请更正后重新发布。")));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(jdbc.sql("""
					select summary from audit_entry
					where action = 'ANNUAL_REPORT_CORRECTION_REQUESTED' and agency_code = :agency""")
				.param("agency", BUREAU)
				.query(String.class)
				.list()).contains("correction of the published report of 2015 requested by 示例区人民政府"));

		reports.publish(officer(), BUREAU, year);
		assertThat(reports.state(officer(), BUREAU, year)).isEqualTo(PUBLISHED);
		assertThat(reports.versions(BUREAU, year)).hasSize(2);
		assertThat(comments.waiting(officer())).noneMatch(waiting -> waiting.year() == year);
	}

	/** A report of the bureau, its narrative completed, brought into {@code state} for {@code year}. */
	private void in(ReportState state, int year) {
		reports.saveNarrative(officer(), BUREAU, year, Narratives.completed(reports.draft(officer(), BUREAU, year).narrative()));
		if (state == PUBLISHED || state == CORRECTION_REQUESTED) {
			reports.publish(officer(), BUREAU, year);
		}
		if (state == SENT_BACK || state == CORRECTION_REQUESTED) {
			comments.sendBack(supervisor(), BUREAU, year, "请核对后修改（" + year + "）。");
		}
	}

	private void act(ReportAction action, int year) {
		switch (action) {
			case SAVE -> reports.saveNarrative(officer(), BUREAU, year, reports.draft(officer(), BUREAU, year).narrative());
			case PUBLISH -> reports.publish(officer(), BUREAU, year);
			case SEND_BACK -> comments.sendBack(supervisor(), BUREAU, year, "再次退回（" + year + "）。");
		}
	}

	private Staff officer() {
		return principal("report-table-officer").staff();
	}

	private Staff supervisor() {
		return principal("supervisor").staff();
	}

	private org.gongkai.identity.StaffPrincipal principal(String username) {
		return StaffFixtures.principal(context, username);
	}
}
