package org.gongkai.requests;

import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.IntegrationTest.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The due date explained and the public timeline: on the applicant's status page, on the officer's page and in the
 * API, for an application clarified and paused across 国庆 2025.
 */
@IntegrationTest
class TransparencyPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void theStatusPageExplainsTheDueDateAndShowsThePublicTimelineOnly() throws Exception {
		ClarifiedAndPaused request = ClarifiedAndPaused.create(context);
		String page = mvc.perform(post("/requests/status").with(csrf())
			.param("trackingNumber", request.trackingNumber())
			.param("queryCode", request.queryCode()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("2025年9月19日收到申请", "2025年9月26日收到补正后的申请：答复期限自该日起重新计算",
				"9月29日至10月13日征求第三方或其他机关意见", "期限顺延5个工作日", "合计25个工作日",
				"国庆节、中秋节放假：10月1日–8日，共8天", "9月28日（星期日）国庆节、中秋节调休上班",
				"10月11日（星期六）国庆节、中秋节调休上班", "第25个工作日是2025年11月6日");
		assertThat(page).contains("提交申请", "确认收到申请", "告知补正", "收到补正", "开始征求第三方或其他机关意见", "征求意见结束",
				"行政机关作出答复，最迟 2025-11-06");
		assertThat(page).contains("data-date=\"2025-11-06\"", "class=\"day MAKE_UP_WORKDAY\"");
		assertThat(page).as("no consulted party, internal note or staff member on the public page")
			.doesNotContain(ClarifiedAndPaused.PARTY, "某化工", ClarifiedAndPaused.NOTE, "指派承办人");
	}

	@Test
	void theApiGivesTheStepsAsDataAndTheOfficerSeesTheSameExplanation() throws Exception {
		ClarifiedAndPaused request = ClarifiedAndPaused.create(context);
		mvc.perform(get("/api/v1/requests/" + request.id() + "/deadline").with(httpBasic("officer", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dueOn").value("2025-11-06"))
			.andExpect(jsonPath("$.steps[0].kind").value("RECEIVED"))
			.andExpect(jsonPath("$.steps[?(@.kind == 'CLARIFIED')].from").value("2025-09-26"))
			.andExpect(jsonPath("$.steps[?(@.kind == 'CONSULTATION')].days").value(5))
			.andExpect(jsonPath("$.steps[?(@.kind == 'HOLIDAY')].name").value("国庆节、中秋节"))
			.andExpect(jsonPath("$.steps[?(@.kind == 'TOTAL')].days").value(25))
			.andExpect(jsonPath("$.steps[-1:].kind").value("DUE"));
		mvc.perform(get("/api/v1/requests/" + request.id() + "/deadline").with(httpBasic("finance-editor", PASSWORD)))
			.andExpect(status().isNotFound());
		String page = mvc.perform(get("/admin/requests/" + request.id())
			.with(user(org.gongkai.identity.StaffFixtures.principal(context, "officer"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("国庆节、中秋节放假：10月1日–8日", "第25个工作日是2025年11月6日");
	}

}
