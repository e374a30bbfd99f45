package org.gongkai.platform.web;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.StaffFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 中文 / English links keep the page's query: switching language on a search or on a report cell's records
 * (found by a crawl of the packaged demo, where the cell page answered 400 in the other language) shows the same page.
 */
@IntegrationTest
class LanguageLinksTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void theLanguageLinksKeepTheQuery() throws Exception {
		mvc.perform(get("/search?q={q}&lang=zh_CN", "年报"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/search?q=%E5%B9%B4%E6%8A%A5&amp;lang=en\"")));
		mvc.perform(get("/admin/annual-reports/2025/cell?agency=demo-bureau&code=normativeDocuments.inForce")
			.with(user(StaffFixtures.principal(context, "officer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"href=\"/admin/annual-reports/2025/cell?agency=demo-bureau&amp;code=normativeDocuments.inForce&amp;lang=en\"")));
	}

}
