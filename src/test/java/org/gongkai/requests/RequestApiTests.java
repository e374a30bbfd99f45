package org.gongkai.requests;

import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.gongkai.IntegrationTest.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /api/v1}: registering applications and moving them through the workflow, as a province platform would. */
@IntegrationTest
class RequestApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	RequestDocuments documents;

	@Test
	void registersAnApplicationWithItsStatutoryDueDate() throws Exception {
		mvc.perform(register("demo-bureau", """
				{"channel": "IN_PERSON", "receivedOn": "2026-02-10",
				 "applicant": {"type": "NATURAL_PERSON", "name": "李四"},
				 "description": "2025年示例区某局部门预算", "deliveryMethod": "IN_PERSON"}""", "officer"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.trackingNumber").value(org.hamcrest.Matchers.startsWith("YSQ-2026-")))
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.receivedOn").value("2026-02-10"))
			.andExpect(jsonPath("$.dueOn").value("2026-03-16"));
	}

	@Test
	void anOnlineApplicationWithoutConfirmationWaitsInSubmitted() throws Exception {
		JsonNode created = created(register("demo-bureau", """
				{"channel": "ONLINE", "applicant": {"type": "COMMERCIAL_ENTERPRISE", "name": "某某科技有限公司"},
				 "description": "某项目环评批复"}""", "officer"));
		assertThat(created.get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(created.get("dueOn").isNull()).isTrue();
		mvc.perform(action(created.get("id").asLong(), """
				{"action": "CONFIRM_RECEIPT", "on": "2026-02-10"}""", "officer"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.dueOn").value("2026-03-16"));
	}

	@Test
	void movesThroughClarificationAndRepliesWithALetter() throws Exception {
		long id = created(register("demo-bureau", """
				{"channel": "POST", "receivedOn": "2025-09-19",
				 "applicant": {"type": "NATURAL_PERSON", "name": "王五", "idType": "RESIDENT_ID_CARD",
				               "idNumber": "11010519491231002X", "phone": "13800138000", "address": "示例区某路2号"},
				 "description": "关于某小区改造的文件", "deliveryMethod": "POST"}""", "officer")).get("id").asLong();
		mvc.perform(get("/api/v1/requests/" + id).with(httpBasic("officer", PASSWORD)))
			.andExpect(jsonPath("$.idNumberMasked").value("1101**********002X"))
			.andExpect(jsonPath("$.phoneMasked").value("138*****000"));
		mvc.perform(action(id, """
				{"action": "REQUEST_CLARIFICATION", "on": "2025-09-22", "reason": "请写明文件名称或文号", "workingDays": 10}"""))
			.andExpect(jsonPath("$.status").value("AWAITING_CLARIFICATION"))
			.andExpect(jsonPath("$.dueOn").doesNotExist());
		mvc.perform(action(id, """
				{"action": "RECORD_CLARIFICATION", "on": "2025-10-09", "reason": "示例区幸福里小区2025年改造方案"}"""))
			.andExpect(jsonPath("$.dueOn").value("2025-11-05"));
		mvc.perform(action(id, """
				{"action": "REPLY", "on": "2025-10-20", "outcome": "PARTIALLY_DISCLOSED"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("withheldPart"));
		String withheld = """
				"withheldPart": ["设计单位的报价"], "withheldBasis": ["ART15_THIRD_PARTY"],
				"withheldReason": ["属于设计单位的商业秘密"]""";
		mvc.perform(action(id, """
				{"action": "REPLY", "on": "2025-10-20", "outcome": "PARTIALLY_DISCLOSED", %s}""".formatted(withheld)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("provided"));
		mvc.perform(action(id, """
				{"action": "REPLY", "on": "2025-10-20", "outcome": "PARTIALLY_DISCLOSED", %s,
				 "paperNote": "改造方案复印件8页"}""".formatted(withheld)))
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.withheld[0].basis").value("ART15_THIRD_PARTY"))
			.andExpect(jsonPath("$.clarifiedContent").value("示例区幸福里小区2025年改造方案"))
			.andExpect(jsonPath("$.outcome").value("PARTIALLY_DISCLOSED"))
			.andExpect(jsonPath("$.allowedActions").isEmpty());
		assertThat(documents.of(id)).extracting(RequestDocument::kind)
			.contains("CLARIFICATION_NOTICE", "REPLY");
		mvc.perform(get("/api/v1/requests/" + id + "/timeline").with(httpBasic("officer", PASSWORD)))
			.andExpect(jsonPath("$[0].action").value("REGISTERED"))
			.andExpect(jsonPath("$[3].action").value("REPLY"));
	}

	@Test
	void aMoveTheTableRefusesIs409AndMalformedInputIs400() throws Exception {
		long id = created(register("demo-bureau", """
				{"channel": "IN_PERSON", "receivedOn": "2026-03-02", "applicant": {"type": "NATURAL_PERSON", "name": "赵六"},
				 "description": "某文件"}""", "officer")).get("id").asLong();
		mvc.perform(action(id, """
				{"action": "RECORD_PAYMENT", "on": "2026-03-03"}"""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.status").value(409));
		mvc.perform(action(id, """
				{"action": "FLY_AWAY"}""")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("action"));
		mvc.perform(action(id, """
				{"action": "REPLY", "on": "2026-03-03"}""")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("outcome"));
		mvc.perform(register("demo-bureau", """
				{"channel": "IN_PERSON", "applicant": {"type": "NATURAL_PERSON", "name": ""}, "description": "x"}""",
				"officer"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("applicant.name"));
		mvc.perform(register("demo-bureau", """
				{"channel": "IN_PERSON", "receivedOn": "2026-03-02", "applicant": {"type": "NATURAL_PERSON", "name": "钱七",
				 "idType": "RESIDENT_ID_CARD", "idNumber": "110105194912310021"}, "description": "某文件"}""", "officer"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"));
	}

	@Test
	void onlyTheHeadOfTheOfficeExtends() throws Exception {
		var registered = created(register("demo-bureau", """
				{"channel": "IN_PERSON", "receivedOn": "2026-09-14", "applicant": {"type": "LEGAL_SERVICE_AGENCY", "name": "某律师事务所"},
				 "description": "某处罚决定书"}""", "officer"));
		long id = registered.get("id").asLong();
		assertThat(registered.get("allowedActions").toString()).as("the officer is not offered the extension")
			.contains("REPLY", "\"REQUEST_EXTENSION\"")
			.doesNotContain("\"EXTEND\"", "APPROVE_EXTENSION");
		mvc.perform(get("/api/v1/requests/" + id).with(httpBasic("leader", PASSWORD)))
			.andExpect(jsonPath("$.allowedActions").value(hasItem("EXTEND")));
		String extend = """
				{"action": "EXTEND", "on": "2026-10-15", "workingDays": 20, "reason": "需要调取历史档案"}""";
		mvc.perform(action(id, extend, "officer")).andExpect(status().isForbidden());
		mvc.perform(action(id, extend, "leader"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dueOn").value("2026-11-13"))
			.andExpect(jsonPath("$.extensionDays").value(20));
	}

	@Test
	void otherAgenciesApplicationsAreNotFound() throws Exception {
		long id = created(register("demo-bureau", """
				{"channel": "IN_PERSON", "receivedOn": "2026-03-02", "applicant": {"type": "NATURAL_PERSON", "name": "孙八"},
				 "description": "某文件"}""", "officer")).get("id").asLong();
		mvc.perform(get("/api/v1/requests/" + id).with(httpBasic("finance-editor", PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(register("demo-bureau", """
				{"channel": "IN_PERSON", "receivedOn": "2026-03-02", "applicant": {"type": "NATURAL_PERSON", "name": "周九"},
				 "description": "某文件"}""", "finance-editor"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/requests/" + id).with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(action(id, """
				{"action": "REPLY", "on": "2026-03-03", "outcome": "DISCLOSED"}""", "supervisor"))
			.andExpect(status().isForbidden());
	}

	@Test
	@org.junit.jupiter.api.DisplayName("国办函〔2020〕109号 art. 4: the 12th application of one applicant in a month costs 100 元")
	void chargesPerApplicationByTheApplicantsRankInTheMonth() throws Exception {
		long last = 0;
		for (int day = 2; day <= 13; day++) {
			last = created(register("demo-bureau", """
					{"channel": "IN_PERSON", "receivedOn": "2026-03-%02d",
					 "applicant": {"type": "NATURAL_PERSON", "name": "钱多多"}, "description": "第%d件申请"}"""
				.formatted(day, day - 1), "officer")).get("id").asLong();
		}
		mvc.perform(action(last, """
				{"action": "SEND_FEE_NOTICE", "on": "2026-03-16", "feeSchedule": "PER_APPLICATION"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AWAITING_PAYMENT"))
			.andExpect(jsonPath("$.feeAmountYuan").value(100));
	}

	@Test
	void quotesFeesOfBothSchedules() throws Exception {
		mvc.perform(get("/api/v1/requests/fees/quote").param("schedule", "PER_PAGE")
			.param("quantity", "2219")
			.with(httpBasic("officer", PASSWORD))).andExpect(jsonPath("$.amountYuan").value(83460));
	}

	@Test
	void anApplicationIsAssignedOnlyToAHandlerOfItsAgency() throws Exception {
		JsonNode created = created(register("demo-bureau", """
				{"channel": "IN_PERSON", "receivedOn": "2026-02-10",
				 "applicant": {"type": "NATURAL_PERSON", "name": "周八"},
				 "description": "某局2025年公务用车购置情况", "deliveryMethod": "IN_PERSON"}""", "officer"));
		assertThat(created.get("assignees").toString()).contains("\"username\":\"officer\"", "\"username\":\"leader\"")
			.doesNotContain("\"username\":\"editor\"", "\"username\":\"finance-editor\"");
		long id = created.get("id").asLong();
		mvc.perform(assignment(id, """
				{"username": "leader"}""")).andExpect(status().isOk()).andExpect(jsonPath("$.assignedTo").value("leader"));
		mvc.perform(assignment(id, """
				{"username": "finance-editor"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("finance-editor")));
		mvc.perform(get("/api/v1/requests/" + id).with(httpBasic("officer", PASSWORD)))
			.andExpect(jsonPath("$.assignedTo").value("leader"));
		mvc.perform(assignment(id, "{}")).andExpect(status().isOk()).andExpect(jsonPath("$.assignedTo").doesNotExist());
	}

	private MockHttpServletRequestBuilder assignment(long id, String body) {
		return put("/api/v1/requests/" + id + "/assignment").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(httpBasic("officer", PASSWORD));
	}

	private MockHttpServletRequestBuilder register(String agency, String body, String user) {
		return post("/api/v1/agencies/" + agency + "/requests").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(httpBasic(user, PASSWORD));
	}

	private MockHttpServletRequestBuilder action(long id, String body) {
		return action(id, body, "officer");
	}

	private MockHttpServletRequestBuilder action(long id, String body, String user) {
		return post("/api/v1/requests/" + id + "/actions").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(httpBasic(user, PASSWORD));
	}

	private JsonNode created(MockHttpServletRequestBuilder request) throws Exception {
		var response = mvc.perform(request).andReturn().getResponse();
		String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(body).isEqualTo(201);
		return json.readTree(body);
	}

}
