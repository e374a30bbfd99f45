package org.gongkai.assistant;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.StaffFixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A hand-over's phone number is whole for the bureau's officer, who calls back, and masked (138****5678) for the
 * supervising office and the administrator on the assistant page.
 */
@IntegrationTest
class HandoffContactMaskingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	Handoffs handoffs;

	@Autowired
	ApplicationContext context;

	@Test
	void masksThePhoneForStaffWhoDoNotCallBack() throws Exception {
		String answer = mvc.perform(post("/api/v1/assistant/ask").contentType(MediaType.APPLICATION_JSON)
			.content("{\"agency\": \"demo-bureau\", \"question\": \"今天天气怎么样\", \"conversationId\": \"\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String conversation = json.readTree(answer).get("conversationId").asString();
		handoffs.handOver("demo-bureau", conversation, "孙女士", "13812345678");

		mvc.perform(get("/admin/assistant/handoffs").with(user(StaffFixtures.principal(context, "officer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("13812345678")));
		for (String username : new String[] { "supervisor", "admin" }) {
			mvc.perform(get("/admin/assistant/handoffs").with(user(StaffFixtures.principal(context, username))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("138****5678")))
				.andExpect(content().string(not(containsString("13812345678"))));
		}
	}

	@Test
	void masksEveryNumberInAContactAndLeavesTheRest() {
		assertThat(AssistantQueries.maskPhones("13812345678")).isEqualTo("138****5678");
		assertThat(AssistantQueries.maskPhones("138 1234 5678")).isEqualTo("138****5678");
		assertThat(AssistantQueries.maskPhones("0731-84561234")).isEqualTo("073*****1234");
		assertThat(AssistantQueries.maskPhones("wang@example.com")).isEqualTo("wang@example.com");
		assertThat(AssistantQueries.maskPhones(null)).isEmpty();
	}

}
