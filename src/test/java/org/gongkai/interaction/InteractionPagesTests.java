package org.gongkai.interaction;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.StaffFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The back-office pages render for each role with the demo's data, in Chinese and English. */
@IntegrationTest
class InteractionPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ConsultationDesk desk;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void theSupervisorsDashboardShowsTheAgenciesAndTheMonthlyTableForTheCharts() throws Exception {
		mvc.perform(get("/admin/interaction").with(as("supervisor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("各机关在办与超期情况")))
			.andExpect(content().string(containsString("示例区教育局")))
			.andExpect(content().string(containsString("咨询按时答复率")))
			.andExpect(content().string(containsString("/assets/vendor/echarts-6.1.0/echarts.min.js")));
		mvc.perform(get("/assets/vendor/echarts-6.1.0/echarts.min.js")).andExpect(status().isOk());
		mvc.perform(get("/assets/interaction/charts.js")).andExpect(status().isOk());
	}

	@Test
	void everyLedgerRendersForTheOfficer() throws Exception {
		for (String path : new String[] { "/admin/interaction", "/admin/interaction/consultations",
				"/admin/interaction/consultations?filter=LIMIT", "/admin/interaction/consultations/new",
				"/admin/interaction/proposals", "/admin/interaction/findings", "/admin/interaction/supervision" }) {
			mvc.perform(get(path).with(as("officer"))).andExpect(status().isOk());
		}
		mvc.perform(get("/admin/interaction/consultations?filter=LIMIT").with(as("officer")))
			.andExpect(content().string(containsString("超过3个月")));
		mvc.perform(get("/admin/interaction/proposals?lang=en").with(as("officer")))
			.andExpect(content().string(containsString("Proposal handling ledger")));
	}

	@Test
	void eachItemsPageRendersWithTheActionsTheRoleMayTake() throws Exception {
		long open = id("select min(c.id) from consultation c join agency a on a.id = c.agency_id "
				+ "where a.code = 'demo-bureau' and status = 'RECEIVED'");
		mvc.perform(get("/admin/interaction/consultations/" + open).with(as("officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"triage-FORWARD\"")));
		mvc.perform(get("/admin/interaction/consultations/" + open).with(as("supervisor")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"triage-FORWARD\""))));
		long assigned = id("select min(id) from proposal where status = 'ASSIGNED' and role = 'LEAD'");
		mvc.perform(get("/admin/interaction/proposals/" + assigned).with(as("officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reply\"")))
			.andExpect(content().string(containsString("A类 已经解决或基本解决")));
		mvc.perform(get("/admin/interaction/proposals/" + assigned).with(as("editor")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"reply\""))));
		long replied = id("select min(id) from proposal where status = 'REPLIED' and role = 'LEAD'");
		mvc.perform(get("/admin/interaction/proposals/" + replied).with(as("editor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("起草公开稿并送审")))
			.andExpect(content().string(not(containsString("id=\"feedback\""))));
		mvc.perform(get("/admin/interaction/proposals/" + replied).with(as("officer")))
			.andExpect(content().string(containsString("id=\"feedback\"")))
			.andExpect(content().string(not(containsString("id=\"publication\""))));
		long cooperating = id("select min(id) from proposal where status = 'REPLIED' and role = 'COOPERATING'");
		mvc.perform(get("/admin/interaction/proposals/" + cooperating).with(as("officer")))
			.andExpect(content().string(not(containsString("id=\"feedback\""))));
		long reported = id("select min(id) from finding where status = 'FIX_REPORTED' and source <> 'SELF_INSPECTION'");
		mvc.perform(get("/admin/interaction/findings/" + reported).with(as("supervisor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"sign-off\"")))
			.andExpect(content().string(not(containsString("id=\"fix\""))));
		mvc.perform(get("/admin/interaction/findings/" + reported).with(as("officer")))
			.andExpect(content().string(not(containsString("id=\"sign-off\""))));
		mvc.perform(get("/admin/interaction/findings/" + reported).with(as("finance-editor")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aFormWithErrorsComesBackWithTheMessages() throws Exception {
		mvc.perform(post("/admin/interaction/findings").with(csrf()).with(as("supervisor"))
			.param("agencyCode", "demo-bureau")
			.param("source", "QUARTERLY_INSPECTION"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("此项为必填项")));
		mvc.perform(post("/admin/interaction/supervision/training").with(csrf()).with(as("officer"))
			.param("topic", "培训"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("参训人次应为正整数")));
	}

	@Test
	void aRejectedTriageOrReplyShowsWhyOnTheSamePage() throws Exception {
		Asked asked = desk.ask("demo-market", new Question("吴十", "13800138000", null, "证照办理", "请问营业执照遗失如何补办？",
				false));
		mvc.perform(post("/admin/interaction/consultations/" + asked.id() + "/triage").with(csrf())
			.with(as("admin"))
			.param("triage", "ANSWER")
			.param("text", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("此项为必填项")))
			.andExpect(content().string(containsString("id=\"triage-ANSWER\"")));
		mvc.perform(post("/admin/interaction/consultations/" + asked.id() + "/triage").with(csrf())
			.with(as("admin"))
			.param("triage", "FORWARD")
			.param("toAgencyCode", "demo-hrss"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/interaction/consultations/" + asked.id() + "/triage").with(csrf())
			.with(as("admin"))
			.param("triage", "REJECT")
			.param("text", "重复"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已办结，不能再次办理")));
	}

	@Test
	void thePortalPagesRender() throws Exception {
		mvc.perform(get("/consultations")).andExpect(status().isOk())
			.andExpect(content().string(containsString("已公开的咨询答复")));
		mvc.perform(get("/consultations/new?agency=demo-bureau")).andExpect(status().isOk())
			.andExpect(content().string(containsString("同意公开")));
		mvc.perform(get("/consultations/lookup")).andExpect(status().isOk());
		mvc.perform(get("/")).andExpect(content().string(containsString("href=\"/consultations\"")));
	}

	private long id(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return user(StaffFixtures.principal(context, username));
	}

}
