package org.gongkai.annualreport;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.AgencyAdministration;
import org.gongkai.identity.AgencyLevel;
import org.gongkai.identity.NewAgency;
import org.gongkai.identity.NewStaffAccount;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffAccounts;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.identity.StaffPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The supervising office (示例区人民政府's supervisor) reads a bureau's report without 保存 or 发布, is refused with
 * 403 when it posts them anyway, and sends the report back with a comment that is kept, audited and shown to the
 * bureau; the due day shown is 31 January for a bureau and 31 March for the government's own report; a 元/万元 slip
 * in the fees is a warning the bureau and the supervisor both see.
 */
@IntegrationTest
class SupervisionPagesTests {

	private static final String BUREAU = "sendback-bureau";

	private static final String FEES_OFFICE = "fees-office";

	private static final String SLIP = "fees-slip";

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	AdministrativeStatistics statistics;

	@Autowired
	AnnualReports reports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	private static boolean ready;

	@BeforeEach
	void agencies() {
		if (ready) {
			return;
		}
		agencies.ensureChild("demo-district", new NewAgency(BUREAU, "示例区退回测试局", null, null, AgencyLevel.BUREAU));
		accounts.ensure(new NewStaffAccount("sendback-officer", "退回专员", "Sendback-Officer-2026", BUREAU,
				EnumSet.of(Role.OFFICER)));
		agencies.ensureChild("demo-district",
				new NewAgency(FEES_OFFICE, "示例区收费测试办", null, null, AgencyLevel.BUREAU));
		for (String[] peer : new String[][] { { "fees-peer-a", "示例区收费测试甲局", "5.5" },
				{ "fees-peer-b", "示例区收费测试乙局", "8" }, { "fees-peer-c", "示例区收费测试丁局", "6.2" },
				{ SLIP, "示例区收费测试丙局", "59237.2449" } }) {
			agencies.ensureChild(FEES_OFFICE, new NewAgency(peer[0], peer[1], null, null, AgencyLevel.BUREAU));
			accounts.ensure(new NewStaffAccount(peer[0] + "-officer", "收费专员", "Fees-Officer-2026", peer[0],
					EnumSet.of(Role.OFFICER)));
			statistics.record(principal(peer[0] + "-officer").staff(), peer[0],
					List.of(new AdministrativeFigures(2025, 1, 0, 0, new BigDecimal(peer[2]))));
		}
		ready = true;
	}

	@Test
	void theSupervisorReadsTheReportWithoutSaveOrPublishAndIsRefusedWhenPostingThem() throws Exception {
		StaffPrincipal supervisor = principal("supervisor");
		assertThat(reports.allowedActions(supervisor.staff(), BUREAU)).containsExactly(ReportAction.SEND_BACK);
		assertThat(reports.allowedActions(principal("sendback-officer").staff(), BUREAU))
			.containsExactlyInAnyOrder(ReportAction.SAVE, ReportAction.PUBLISH);
		mvc.perform(get("/admin/annual-reports/2025").param("agency", BUREAU).with(user(supervisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"read-only\"")))
			.andExpect(content().string(containsString("id=\"send-back\"")))
			.andExpect(content().string(not(containsString("id=\"save-narrative\""))))
			.andExpect(content().string(not(containsString("id=\"publish-report\""))))
			.andExpect(content().string(containsString("class=\"report-preview\"")));
		mvc.perform(post("/admin/annual-reports/2025/narrative").with(user(supervisor))
			.with(csrf())
			.param("agency", BUREAU)
			.param("overview", "上级改写的正文")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/annual-reports/2025/publish").with(user(supervisor)).with(csrf()).param("agency", BUREAU))
			.andExpect(status().isForbidden());
		assertThat(reports.published(BUREAU, 2025)).isEmpty();
		assertThat(reports.draft(supervisor.staff(), BUREAU, 2025).narrative().overview())
			.doesNotContain("上级改写的正文");
	}

	@Test
	void theSupervisorSendsTheReportBackWithACommentTheBureauReads() throws Exception {
		StaffPrincipal supervisor = principal("supervisor");
		StaffPrincipal officer = principal("sendback-officer");
		mvc.perform(post("/admin/annual-reports/2025/send-back").with(user(supervisor))
			.with(csrf())
			.param("agency", BUREAU)
			.param("comment", "   ")).andExpect(flash().attribute("refusal", "annualreport.sendBack.comment"));
		mvc.perform(post("/admin/annual-reports/2025/send-back").with(user(supervisor))
			.with(csrf())
			.param("agency", BUREAU)
			.param("comment", "第二部分行政事业性收费单位有误，请核对后再发布。"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("sentBack", true));
		mvc.perform(post("/admin/annual-reports/2025/send-back").with(user(officer))
			.with(csrf())
			.param("agency", BUREAU)
			.param("comment", "自己退回自己")).andExpect(status().isForbidden());

		List<ReportComments.Comment> comments = context.getBean(ReportComments.class)
			.of(officer.staff(), BUREAU, 2025);
		assertThat(comments).singleElement().satisfies(comment -> {
			assertThat(comment.comment()).isEqualTo("第二部分行政事业性收费单位有误，请核对后再发布。");
			assertThat(comment.author()).isEqualTo("supervisor");
			assertThat(comment.authorAgency()).isEqualTo("示例区人民政府");
		});
		mvc.perform(get("/admin/annual-reports/2025").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"comments\"")))
			.andExpect(content().string(containsString("第二部分行政事业性收费单位有误，请核对后再发布。")))
			.andExpect(content().string(containsString("id=\"save-narrative\"")))
			.andExpect(content().string(containsString("id=\"publish-report\"")))
			.andExpect(content().string(not(containsString("id=\"send-back\""))));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(jdbc.sql("""
					select summary from audit_entry
					where action = 'ANNUAL_REPORT_SENT_BACK' and agency_code = :agency and actor = 'supervisor'""")
				.param("agency", BUREAU)
				.query(String.class)
				.list()).containsExactly("report of 2025 sent back by 示例区人民政府"));
	}

	@Test
	void theDueDayIsTheThirtyFirstOfMarchForTheGovernmentAndOfJanuaryForABureau() throws Exception {
		StaffPrincipal supervisor = principal("supervisor");
		assertThat(reports.dueOn("demo-district", 2025)).isEqualTo(java.time.LocalDate.of(2026, 3, 31));
		assertThat(reports.dueOn(BUREAU, 2025)).isEqualTo(java.time.LocalDate.of(2026, 1, 31));
		mvc.perform(get("/admin/annual-reports/2025").with(user(supervisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("本报告应于2026年3月31日前发布")));
		mvc.perform(get("/admin/annual-reports/2025").with(user(principal("sendback-officer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("本报告应于2026年1月31日前发布")));
		Supervision.Board board = context.getBean(Supervision.class).board(supervisor.staff(), 2025);
		assertThat(board.lines()).filteredOn(line -> line.agencyCode().equals("demo-district"))
			.singleElement()
			.satisfies(line -> assertThat(line.dueOn()).isEqualTo(java.time.LocalDate.of(2026, 3, 31)));
		assertThat(board.lines()).filteredOn(line -> line.agencyCode().equals(BUREAU))
			.singleElement()
			.satisfies(line -> assertThat(line.dueOn()).isEqualTo(java.time.LocalDate.of(2026, 1, 31)));
	}

	@Test
	void aYuanFigureInTheWanYuanFieldIsAWarningTheBureauAndTheSupervisorSee() throws Exception {
		reports.saveNarrative(principal(SLIP + "-officer").staff(), SLIP, 2025,
				Narratives.completed(reports.draft(principal(SLIP + "-officer").staff(), SLIP, 2025).narrative()));
		AnnualReport slipped = reports.draft(principal(SLIP + "-officer").staff(), SLIP, 2025);
		assertThat(slipped.failed()).extracting(Check::rule).contains(Check.Rule.FEES_UNIT, Check.Rule.FEES_PEERS);
		assertThat(slipped.failed()).filteredOn(check -> check.rule() == Check.Rule.FEES_PEERS)
			.singleElement()
			.satisfies(check -> assertThat(check.detail()).isEqualTo("59237.2449 / median 6.2 (3)"));
		assertThat(slipped.blocked()).isFalse();
		AnnualReport peer = reports.draft(principal("fees-peer-a-officer").staff(), "fees-peer-a", 2025);
		assertThat(peer.failed()).extracting(Check::rule).doesNotContain(Check.Rule.FEES_UNIT, Check.Rule.FEES_PEERS);

		mvc.perform(get("/admin/annual-reports/2025").with(user(principal(SLIP + "-officer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"warnings\"")))
			.andExpect(content().string(containsString("59237.2449 &gt; 10000")))
			.andExpect(content().string(containsString("id=\"checks-pass\"")));
		mvc.perform(get("/admin/annual-reports").param("year", "2025").with(user(principal("supervisor"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("59237.2449 / median 6.2 (3)")));
		Supervision.Board board = context.getBean(Supervision.class).board(principal("supervisor").staff(), 2025);
		assertThat(board.sumBelow().proactive().administrativeFeesWanYuan())
			.isGreaterThanOrEqualTo(new BigDecimal("59237.2449"));
		assertThat(board.sumFees().ok()).isFalse();
	}

	private StaffPrincipal principal(String username) {
		return StaffFixtures.principal(context, username);
	}

}
