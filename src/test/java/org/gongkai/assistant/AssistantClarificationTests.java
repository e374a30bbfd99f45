package org.gongkai.assistant;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 15: "您是不是想问" with the candidates as sources instead of a bare decline; the staff's dictionary and an
 * item's aliases in effect for the next question, without a restart.
 */
@IntegrationTest
class AssistantClarificationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	private JsonNode ask(String agency, String question) throws Exception {
		String answer = mvc.perform(post("/api/v1/assistant/ask").contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "zh-CN")
			.content(json.writeValueAsString(Map.of("agency", agency, "question", question))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return json.readTree(answer);
	}

	@Test
	void aKeywordThatFitsSeveralItemsIsAnsweredWithTheChoices() throws Exception {
		JsonNode answer = ask("demo-district", "居住证");
		assertThat(answer.get("clarification").asBoolean()).isTrue();
		assertThat(answer.get("handoff").asBoolean()).isFalse();
		assertThat(answer.get("answer").asString()).startsWith("您是不是想问：");
		assertThat(answer.get("sources").size()).isBetween(2, 3);
		assertThat(answer.get("sources").valueStream().map(s -> s.get("code").asString()))
			.contains("GA-JZZ-SL", "GA-JZZ-QZ");
	}

	@Test
	void aWordStaffAddToTheDictionaryIsUnderstoodAtOnceAndTheChangeIsAudited() throws Exception {
		String question = "我想办个嘎嘎证要带什么";
		JsonNode before = ask("demo-district", question);
		assertThat(before.get("sources").valueStream().map(s -> s.path("code").asString(""))).doesNotContain("GA-JZZ-SL");
		var admin = user(org.gongkai.identity.StaffFixtures.principal(context, "admin"));
		mvc.perform(post("/admin/assistant/terms").param("variant", "嘎嘎证").param("standard", "居住证首次申领")
			.with(admin)
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/assistant/terms").with(admin)).andExpect(status().isOk());
		JsonNode after = ask("demo-district", question);
		assertThat(after.get("sources").get(0).get("code").asString()).isEqualTo("GA-JZZ-SL");
		await().untilAsserted(() -> assertThat(jdbc
			.sql("select count(*) from audit_entry where action = 'ASSISTANT_TERM_ADDED' and subject = 'assistant-term:嘎嘎证'")
			.query(Long.class)
			.single()).isEqualTo(1));
	}

	@Test
	void anItemIsFoundByTheAliasesStaffGaveIt() throws Exception {
		String item = """
				[{"code": "CZ-ALIAS-1", "name": "行政事业单位国有资产处置审批", "department": "示例区财政局",
				  "basis": "《行政事业性国有资产管理条例》", "conditions": "本区行政事业单位处置国有资产",
				  "materials": ["处置申请", "资产清单"], "process": "单位申报，财政局审批", "timeLimit": "10个工作日",
				  "fee": "不收费", "location": "示例区人民路1号", "hours": "工作日9:00—17:00", "phone": "000-60580202",
				  "faq": [], "aliases": ["卖旧公车", "报废电脑"]}]""";
		mvc.perform(post("/api/v1/agencies/demo-finance/service-items/imports").with(httpBasic("finance-editor",
				IntegrationTest.PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(item))
			.andExpect(status().isOk());
		JsonNode answer = ask("demo-finance", "单位想卖旧公车要怎么办");
		assertThat(answer.get("sources").get(0).get("code").asString()).isEqualTo("CZ-ALIAS-1");
	}

}
