package org.gongkai.assistant;

import org.gongkai.IntegrationTest;
import org.gongkai.platform.web.SubmissionLimiter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The assistant's plain page is limited per address like its API (issue 22, item 3): a flood of anonymous hand-overs
 * does not become a flood of consultations with statutory due dates, and questions in the query string stop being
 * answered and stored once the address has asked its share.
 */
@IntegrationTest
class AssistantLimitsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SubmissionLimiter limiter;

	@Autowired
	AssistantSettings settings;

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void anAddressCannotFloodTheConsultationLedgerThroughThePortalsHandOver() throws Exception {
		String flooder = "198.51.100.31";
		String page = mvc.perform(get("/assistant").param("agency", "demo-district").param("q", "明天会下雨吗").with(from(flooder)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String conversation = page.replaceAll("(?s).*name=\"conversation\" value=\"([^\"]+)\".*", "$1");
		for (int i = 0; i < 8; i++) {
			mvc.perform(post("/assistant/handoffs").param("agency", "demo-district")
				.param("conversation", conversation)
				.param("contact", "flood@example.com")
				.with(csrf())
				.with(from(flooder))).andExpect(status().is3xxRedirection());
		}
		// gongkai.public-forms.max-submissions (5) per address in the window
		assertThat(jdbc.sql("select count(*) from assistant_handoff where contact = 'flood@example.com'")
			.query(Long.class)
			.single()).isEqualTo(5);
		mvc.perform(post("/assistant/handoffs").param("agency", "demo-district")
			.param("conversation", conversation)
			.param("contact", "flood@example.com")
			.with(csrf())
			.with(from(flooder))).andExpect(flash().attribute("handedOverTooOften", true));
		// another address is not held back by the first one's flood
		mvc.perform(post("/assistant/handoffs").param("agency", "demo-district")
			.param("conversation", conversation)
			.param("contact", "neighbour@example.com")
			.with(csrf())
			.with(from("198.51.100.32"))).andExpect(flash().attribute("handedOver", true));
	}

	@Test
	void questionsInTheQueryStringCountAgainstTheQuestionLimit() throws Exception {
		String asker = "198.51.100.41";
		MockHttpServletRequest same = new MockHttpServletRequest();
		same.setRemoteAddr(asker);
		// the address has asked its share through the API (or the page) already
		for (int i = 0; i < settings.maxQuestions(); i++) {
			assertThat(limiter.tryAcquire("assistant-ask", same, settings.maxQuestions(), settings.questionsWindow()))
				.isTrue();
		}
		String question = "限流之后还会回答这个问题吗";
		mvc.perform(get("/assistant").param("agency", "demo-district").param("q", question).with(from(asker)))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("提问过于频繁")));
		assertThat(jdbc.sql("select count(*) from assistant_question where question = :q")
			.param("q", question)
			.query(Long.class)
			.single()).isZero();
		mvc.perform(get("/assistant").param("agency", "demo-district").param("q", question).with(from("198.51.100.42")))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from assistant_question where question = :q")
			.param("q", question)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
