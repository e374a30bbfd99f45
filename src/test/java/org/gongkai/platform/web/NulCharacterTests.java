package org.gongkai.platform.web;

import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A NUL character, which PostgreSQL cannot store, is refused as bad input naming the field, on pages and in the API,
 * anonymously too (issue 22, item 14; it was an HTTP 500).
 */
@IntegrationTest
class NulCharacterTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aPublicFormFieldWithANulIsABadRequestNamingTheField() throws Exception {
		mvc.perform(post("/consultations/new").with(csrf())
			.with(request -> {
				request.setRemoteAddr("198.51.100.140");
				return request;
			})
			.param("agencyCode", "demo-district")
			.param("name", "张三")
			.param("phone", "13900001111")
			.param("subject", "关于公交线路")
			.param("question", "请问\u0000什么时候开通？"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("question：含有不允许的空字符")));
		mvc.perform(get("/search").param("q", "预算\u0000")).andExpect(status().isBadRequest());
	}

	@Test
	void aJsonStringWithANulIsAProblemNamingTheField() throws Exception {
		mvc.perform(post("/api/v1/agencies/demo-district/consultations").contentType(MediaType.APPLICATION_JSON)
			.with(request -> {
				request.setRemoteAddr("198.51.100.141");
				return request;
			})
			.content("""
					{"name": "张三", "phone": "13900001111", "subject": "公交\\u0000线路", "question": "什么时候开通？"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("subject"));
	}

	@Test
	void aLoginWithANulFailsLikeAnyWrongLogin() throws Exception {
		mvc.perform(post("/admin/login").with(csrf()).param("username", "admin\u0000").param("password", "x\u0000y"))
			.andExpect(redirectedUrl("/admin/login?error"));
	}

}
