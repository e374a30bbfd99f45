package org.gongkai.assistant;

import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.IntegrationTest.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code POST /api/v1/agencies/{code}/service-items/imports}: idempotent by code, all or nothing, scoped. */
@IntegrationTest
class ServiceItemImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static String item(String code, String name, String materials) {
		return """
				{"code": "%s", "name": "%s", "department": "示例区财政局", "basis": "《中华人民共和国预算法》",
				 "conditions": "本区行政事业单位", "materials": %s, "process": "网上申报，财政局审核",
				 "timeLimit": "5个工作日", "fee": "不收费", "location": "示例区人民路1号", "hours": "工作日9:00—17:00",
				 "phone": "000-60580202", "faq": [{"q": "可以网上办吗？", "a": "可以。"}]}"""
			.formatted(code, name, materials);
	}

	private MockHttpServletRequestBuilder importing(String agency, String body, String user) {
		return post("/api/v1/agencies/" + agency + "/service-items/imports").with(httpBasic(user, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

	private long count(String agency) {
		return jdbc.sql("select count(*) from service_item s join agency a on a.id = s.agency_id where a.code = :a")
			.param("a", agency)
			.query(Long.class)
			.single();
	}

	@Test
	void importsAndImportsAgainByCode() throws Exception {
		String body = "[" + item("CZ-TEST-1", "会计代理记账许可", "[\"申请书\", \"从业人员名单\"]") + ","
				+ item("CZ-TEST-2", "政府采购供应商登记", "[\"营业执照\"]") + "]";
		mvc.perform(importing("demo-finance", body, "finance-editor"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.updated").value(0));
		mvc.perform(importing("demo-finance", body.replace("5个工作日", "3个工作日"), "finance-editor"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(2));
		assertThat(count("demo-finance")).isEqualTo(2);
		mvc.perform(get("/api/v1/agencies/demo-finance/service-items/CZ-TEST-1").with(httpBasic("finance-editor", PASSWORD)))
			.andExpect(jsonPath("$.timeLimit").value("3个工作日"))
			.andExpect(jsonPath("$.materials[1]").value("从业人员名单"))
			.andExpect(jsonPath("$.faq[0].q").value("可以网上办吗？"));
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'SERVICE_ITEMS_IMPORTED' and agency_code = 'demo-finance'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void storesNothingWhenAnyItemIsWrongAndNamesEachError() throws Exception {
		String body = "[" + item("CZ-BAD-1", "财政票据领购", "[\"申请表\"]") + ","
				+ item("CZ-BAD-2", "", "[]") + "," + item("CZ-BAD-1", "重复的编码", "[\"x\"]") + ","
				+ item("not a code!", "编码不合规", "[\"x\"]") + "]";
		long before = count("demo-finance");
		mvc.perform(importing("demo-finance", body, "finance-editor").header("Accept-Language", "zh-CN"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == '[1].name')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == '[1].materials')].message").value("至少列出一项申请材料。"))
			.andExpect(jsonPath("$.errors[?(@.field == '[2].code')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == '[3].code')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == '[0].code')]").doesNotExist());
		assertThat(count("demo-finance")).isEqualTo(before);
		mvc.perform(importing("demo-finance", "[]", "finance-editor").header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("The list of items to import is empty."));
	}

	@Test
	void anEditorImportsOnlyForTheirOwnAgency() throws Exception {
		String body = "[" + item("CZ-SCOPE-1", "越权导入", "[\"x\"]") + "]";
		mvc.perform(importing("demo-finance", body, "editor")).andExpect(status().isNotFound());
		mvc.perform(importing("demo-finance", body, "reviewer")).andExpect(status().isNotFound());
		mvc.perform(importing("demo-bureau", body, "reviewer")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/agencies/demo-finance/service-items/imports").contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isUnauthorized());
		assertThat(jdbc.sql("select count(*) from service_item where code = 'CZ-SCOPE-1'").query(Long.class).single())
			.isZero();
	}

}
