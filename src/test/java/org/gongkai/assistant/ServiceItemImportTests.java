package org.gongkai.assistant;

import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gongkai.IntegrationTest.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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

	@Autowired
	org.springframework.context.ApplicationContext context;

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
		// the audit log records events asynchronously
		await().untilAsserted(() -> assertThat(jdbc.sql(
				"select count(*) from audit_entry where action = 'SERVICE_ITEMS_IMPORTED' and agency_code = 'demo-finance'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(1));
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

	static byte[] workbook(String[]... rows) throws java.io.IOException {
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				var out = new java.io.ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("办事指南");
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static final String[] HEADER = { "事项名称", "事项编码", "实施部门", "设定依据", "申请条件", "申请材料", "办理流程", "办理时限",
			"收费标准", "办理地点", "办理时间", "咨询电话", "常见问题" };

	@Test
	void importsAnExcelWorkbookFromTheBackOffice() throws Exception {
		var finance = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(org.gongkai.identity.StaffFixtures.principal(context, "finance-editor"));
		byte[] good = workbook(HEADER, new String[] { "政府采购投诉处理", "CZ-XLSX-1", "示例区财政局", "《政府采购质疑和投诉办法》",
				"参加政府采购活动的供应商", "投诉书\n营业执照复印件\n质疑和答复材料", "提交投诉书，财政局受理、调查、决定", "受理后30个工作日",
				"不收费", "示例区人民路1号", "工作日9:00—17:00", "000-60580203", "问：可以邮寄投诉书吗？\n答：可以。" });
		mvc.perform(multipart("/admin/service-items/imports").file(new MockMultipartFile("file", "items.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", good))
			.param("agency", "demo-finance").with(finance).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/agencies/demo-finance/service-items/CZ-XLSX-1").with(httpBasic("finance-editor", PASSWORD)))
			.andExpect(jsonPath("$.materials.length()").value(3))
			.andExpect(jsonPath("$.faq[0].a").value("可以。"));
		byte[] bad = workbook(HEADER, new String[] { "缺材料的事项", "CZ-XLSX-2", "示例区财政局", "依据", "条件", "", "流程",
				"1天", "不收费", "地点", "时间", "电话", "" });
		mvc.perform(multipart("/admin/service-items/imports").file(new MockMultipartFile("file", "bad.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bad))
			.param("agency", "demo-finance").with(finance).with(csrf()).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("[0].materials: 至少列出一项申请材料。")));
		mvc.perform(multipart("/admin/service-items/imports").file(new MockMultipartFile("file", "notes.txt",
				"text/plain", "不是表格".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.param("agency", "demo-finance").with(finance).with(csrf()).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("无法读取该文件")));
		assertThat(jdbc.sql("select count(*) from service_item where code = 'CZ-XLSX-2'").query(Long.class).single())
			.isZero();
	}

	@Test
	void anAdministratorRebuildsTheIndex() throws Exception {
		var admin = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(org.gongkai.identity.StaffFixtures.principal(context, "admin"));
		var editor = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(org.gongkai.identity.StaffFixtures.principal(context, "editor"));
		mvc.perform(post("/admin/assistant/index").with(editor).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/admin/assistant/index").with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("rebuilt", org.hamcrest.Matchers.greaterThan(250)));
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
