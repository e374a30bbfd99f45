package org.gongkai.publishing;

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

/** The demo bureau's ledger shows its normative document in force. */
@IntegrationTest
class LedgerPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void showsTheNormativeDocumentInForce() throws Exception {
		mvc.perform(get("/admin/normative-documents").with(user(StaffFixtures.principal(context, "reviewer"))))
			.andExpect(content().string(containsString("示例区某局关于规范政务信息发布工作的规定")))
			.andExpect(content().string(containsString("示例区某规〔2023〕1号")))
			.andExpect(content().string(containsString("现行有效")))
			.andExpect(content().string(containsString("2028-05-31")));
	}

}
