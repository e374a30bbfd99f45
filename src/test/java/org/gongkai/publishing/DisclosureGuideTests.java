package org.gongkai.publishing;

import java.time.Duration;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.StaffFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** OGI art. 12: the guide's fields are required, and saving publishes it. */
@IntegrationTest
class DisclosureGuideTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void anEditorWritesTheGuideAndThePortalShowsIt() throws Exception {
		var editor = user(StaffFixtures.principal(context, "finance-editor"));
		mvc.perform(get("/admin/guide").with(editor)).andExpect(status().isOk())
			.andExpect(content().string(containsString("政府信息的分类")));
		mvc.perform(post("/admin/guide").with(editor).with(csrf())
			.param("classification", "按条例第二十条分类")
			.param("arrangement", "按栏目编排")
			.param("howToObtain", "网上查阅或申请")
			.param("officeName", "示例区财政局办公室")
			.param("address", "")
			.param("officeHours", "工作日 9:00—17:30")
			.param("phone", "000-12345678"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("此项为必填项")));
		mvc.perform(post("/admin/guide").with(editor).with(csrf())
			.param("classification", "按条例第二十条分类")
			.param("arrangement", "按栏目编排")
			.param("howToObtain", "网上查阅或申请")
			.param("officeName", "示例区财政局办公室")
			.param("address", "示例区政务中心3楼")
			.param("officeHours", "工作日 9:00—17:30")
			.param("phone", "000-12345678")
			.param("fax", "000-12345679"))
			.andExpect(redirectedUrl("/admin/guide"));
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> mvc.perform(get("/site/demo-finance/guide/index.html"))
				.andExpect(content().string(containsString("示例区政务中心3楼")))
				.andExpect(content().string(containsString("000-12345679"))));
	}

}
