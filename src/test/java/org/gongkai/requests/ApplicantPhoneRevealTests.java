package org.gongkai.requests;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.StaffFixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.IntegrationTest.PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The applicant's phone number is sealed and shown masked; the officer who must call the applicant reveals it on
 * purpose, and every reveal is an audit record that names who and which application, never the number.
 */
@IntegrationTest
class ApplicantPhoneRevealTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void theOfficerRevealsTheWholeNumberOnPurposeAndTheAuditLogRecordsItWithoutTheNumber() throws Exception {
		JsonNode created = registered("""
				{"channel": "POST", "receivedOn": "2026-12-07",
				 "applicant": {"type": "NATURAL_PERSON", "name": "周七", "phone": "139 0713 2468",
				               "address": "示例区某路8号"},
				 "description": "示例区某局2026年度部门预算", "deliveryMethod": "POST"}""");
		long id = created.get("id").asLong();
		String tracking = created.get("trackingNumber").asString();
		var officer = user(StaffFixtures.principal(context, "officer"));

		mvc.perform(get("/admin/requests/" + id).with(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("139*****468")))
			.andExpect(content().string(not(containsString("13907132468"))))
			.andExpect(content().string(containsString("action=\"/admin/requests/" + id + "/phone\"")));
		assertThat(revealsOf(tracking)).isZero();

		mvc.perform(post("/admin/requests/" + id + "/phone").with(officer).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("13907132468")))
			.andExpect(content().string(containsString("已记入审计日志")));
		assertThat(revealsOf(tracking)).isEqualTo(1);
		assertThat(jdbc.sql("""
				select actor || ' ' || summary from audit_entry
				where action = 'APPLICANT_PHONE_REVEALED' and subject = :s""")
			.param("s", "request:" + tracking)
			.query(String.class)
			.single()).isEqualTo("officer field=phone").doesNotContain("2468");

		mvc.perform(get("/admin/requests/" + id).with(officer))
			.andExpect(content().string(not(containsString("13907132468"))));
	}

	@Test
	void whoOnlyReadsTheApplicationNeitherSeesTheButtonNorRevealsTheNumber() throws Exception {
		long id = registered("""
				{"channel": "IN_PERSON", "receivedOn": "2026-12-07",
				 "applicant": {"type": "NATURAL_PERSON", "name": "吴八", "phone": "13600136000"},
				 "description": "某路段改造批复", "deliveryMethod": "IN_PERSON"}""").get("id").asLong();
		var supervisor = user(StaffFixtures.principal(context, "supervisor"));

		mvc.perform(get("/admin/requests/" + id).with(supervisor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("136*****000")))
			.andExpect(content().string(not(containsString("/phone\""))));
		mvc.perform(post("/admin/requests/" + id + "/phone").with(supervisor).with(csrf()))
			.andExpect(status().isForbidden());
	}

	private JsonNode registered(String application) throws Exception {
		return json.readTree(mvc.perform(post("/api/v1/agencies/demo-bureau/requests")
			.contentType(MediaType.APPLICATION_JSON)
			.content(application)
			.with(httpBasic("officer", PASSWORD))).andReturn().getResponse().getContentAsString());
	}

	private long revealsOf(String tracking) {
		return jdbc.sql("select count(*) from audit_entry where action = 'APPLICANT_PHONE_REVEALED' and subject = :s")
			.param("s", "request:" + tracking)
			.query(Long.class)
			.single();
	}

}
