package org.gongkai.annualreport;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.AgencyAdministration;
import org.gongkai.identity.NewAgency;
import org.gongkai.identity.NewStaffAccount;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffAccounts;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.platform.Beijing;
import org.gongkai.platform.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Publishing: refused while an error check fails; a published version is a frozen snapshot that later records do
 * not change; a corrected re-publication keeps the earlier version visible as superseded; each version is filed in
 * the 政府信息公开年报 column and shown on the portal.
 */
@IntegrationTest
class ReportPublishingTests {

	private static final String AGENCY = "publish-bureau";

	@Autowired
	AnnualReports reports;

	@Autowired
	HistoryImport history;

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
		if (!ready) {
			agencies.ensureChild("demo-district", new NewAgency(AGENCY, "示例区发布测试局", null, null, null));
			accounts.ensure(new NewStaffAccount("publish-officer", "发布专员", "Publish-Officer-2026", AGENCY,
					EnumSet.of(Role.OFFICER)));
			history.apply(officer(), AGENCY, new HistoryDocument(
					List.of(request("P1", "2025-03-02", "2025-03-20"), request("P2", "2025-12-29", null)), null, null,
					null, null));
			ready = true;
		}
	}

	@Test
	void aReportWhoseChecksFailCannotBePublishedAndACorrectedOneSupersedesTheFirst() throws Exception {
		AnnualReport draft = reports.draft(officer(), AGENCY, 2025);
		Narrative typed = new Narrative(draft.narrative().preamble(),
				draft.narrative().overview().replace("{requestsReceived}", "5"), draft.narrative().proactiveNote(),
				draft.narrative().requestsNote(), draft.narrative().appealsNote(), draft.narrative().problems(),
				draft.narrative().other());
		reports.saveNarrative(officer(), AGENCY, 2025, typed);
		assertThat(reports.draft(officer(), AGENCY, 2025).blocked()).isTrue();
		assertThatThrownBy(() -> reports.publish(officer(), AGENCY, 2025)).isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("messageKey", "annualreport.publish.blocked");
		assertThat(reports.versions(AGENCY, 2025)).isEmpty();

		reports.saveNarrative(officer(), AGENCY, 2025, Narratives.completed(draft.narrative()));
		AnnualReport first = reports.publish(officer(), AGENCY, 2025);
		assertThat(first.version()).isEqualTo(1);
		assertThat(first.status()).isEqualTo(AnnualReport.Status.PUBLISHED);
		assertThat(first.figures().requestsReceived()).isEqualTo(2);
		assertThat(first.checks()).filteredOn(check -> check.rule() == Check.Rule.LATE).allMatch(check -> !check.ok());

		history.apply(officer(), AGENCY,
				new HistoryDocument(List.of(request("P3", "2025-06-01", "2025-06-10")), null, null, null, null));
		assertThat(reports.published(AGENCY, 2025).orElseThrow().figures().requestsReceived()).isEqualTo(2);
		assertThat(reports.draft(officer(), AGENCY, 2025).figures().requestsReceived()).isEqualTo(3);

		AnnualReport second = reports.publish(officer(), AGENCY, 2025);
		assertThat(second.version()).isEqualTo(2);
		assertThat(second.figures().requestsReceived()).isEqualTo(3);
		assertThat(reports.versions(AGENCY, 2025)).extracting(AnnualReport::version, AnnualReport::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, AnnualReport.Status.PUBLISHED),
					org.assertj.core.groups.Tuple.tuple(1, AnnualReport.Status.SUPERSEDED));

		List<String> filed = jdbc.sql("""
				select d.title from document d join catalog_column c on c.id = d.column_id join agency a on a.id = d.agency_id
				where a.code = :agency and c.code = 'annual-reports' and d.status = 'PUBLISHED' order by d.id""")
			.param("agency", AGENCY)
			.query(String.class)
			.list();
		assertThat(filed).containsExactly("示例区发布测试局2025年政府信息公开工作年度报告",
				"示例区发布测试局2025年政府信息公开工作年度报告（更正版，第2版）");

		mvc.perform(get("/annual-reports/" + AGENCY + "/2025"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("三、收到和处理政府信息公开申请情况")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(ReportTables.BALANCE_NOTE)))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"superseded\""))));
		mvc.perform(get("/annual-reports/" + AGENCY + "/2025").param("version", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"superseded\"")));
		mvc.perform(get("/annual-reports/" + AGENCY + "/2024")).andExpect(status().isNotFound());
		mvc.perform(get("/annual-reports/" + AGENCY))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("示例区发布测试局2025年政府信息公开工作年度报告")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("（第2版，更正后）")))
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("/annual-reports/" + AGENCY + "/2025/report.pdf")));
		mvc.perform(get("/annual-reports/no-such-agency")).andExpect(status().isNotFound());
	}

	@Test
	void aReportOnTheYearStillRunningIsDraftedAndCheckedButNotPublished() throws Exception {
		int thisYear = LocalDate.now(Beijing.ZONE).getYear();
		reports.saveNarrative(officer(), AGENCY, thisYear,
				Narratives.completed(reports.draft(officer(), AGENCY, thisYear).narrative()));
		AnnualReport draft = reports.draft(officer(), AGENCY, thisYear);
		assertThat(draft.checks()).filteredOn(Check::blocks).extracting(Check::rule)
			.containsExactly(Check.Rule.YEAR_ENDED);
		assertThatThrownBy(() -> reports.publish(officer(), AGENCY, thisYear)).isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("messageKey", "annualreport.publish.blocked");
		assertThat(reports.versions(AGENCY, thisYear)).isEmpty();
		mvc.perform(get("/admin/annual-reports/" + thisYear).param("agency", AGENCY)
			.with(user(StaffFixtures.principal(context, "publish-officer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("报告年度尚未结束，不能发布")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"blocked\"")));
	}

	@Test
	void thePagePublishesOnlyOnceTheOfficerConfirms() throws Exception {
		int year = 2023;
		reports.saveNarrative(officer(), AGENCY, year, Narratives.completed(reports.draft(officer(), AGENCY, year).narrative()));
		var officer = StaffFixtures.principal(context, "publish-officer");
		mvc.perform(post("/admin/annual-reports/" + year + "/publish").with(user(officer)).with(csrf()).param("agency", AGENCY))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("confirmPublish", true));
		assertThat(reports.versions(AGENCY, year)).isEmpty();
		mvc.perform(get("/admin/annual-reports/" + year).param("agency", AGENCY).flashAttr("confirmPublish", true)
			.with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"confirm-publish-button\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("已发布的报告不能撤回")));
		mvc.perform(post("/admin/annual-reports/" + year + "/publish").with(user(officer)).with(csrf())
			.param("agency", AGENCY)
			.param("confirmed", "true")).andExpect(flash().attribute("published", 1));
		assertThat(reports.versions(AGENCY, year)).hasSize(1);
	}

	private static HistoryDocument.Request request(String reference, String receivedOn, String closedOn) {
		return new HistoryDocument.Request(reference, "NATURAL_PERSON", receivedOn, closedOn,
				closedOn == null ? null : "DISCLOSED");
	}

	private Staff officer() {
		return StaffFixtures.principal(context, "publish-officer").staff();
	}

}
