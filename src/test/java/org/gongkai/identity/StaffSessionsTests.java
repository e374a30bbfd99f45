package org.gongkai.identity;

import java.time.Duration;
import java.util.Set;

import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gongkai.IntegrationTest.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 强退 (issue 19): the security administrator lists a staff member's sessions and ends one; the others go on. */
@IntegrationTest
class StaffSessionsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	StaffDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSecurityAdministratorEndsOneSessionOfAStaffMember() throws Exception {
		accounts.ensure(new NewStaffAccount("two-desks", "两处登录", PASSWORD, "demo-market", Set.of(Role.OFFICER)));
		long id = directory.loadUserByUsername("two-desks").staff().userId();
		MockHttpSession office = login("two-desks");
		MockHttpSession home = login("two-desks");
		mvc.perform(get("/admin").session(office)).andExpect(status().isOk());
		mvc.perform(get("/admin").session(home)).andExpect(status().isOk());
		String officeReference = StaffSessions.reference(office.getId());
		String homeReference = StaffSessions.reference(home.getId());

		MockHttpSession secadmin = login("secadmin");
		String page = page(secadmin, id);
		assertThat(page).contains(officeReference, homeReference).contains("<td>127.0.0.1</td>");
		assertThat(login("admin")).satisfies(admin -> {
			try {
				mvc.perform(get("/admin/users/" + id + "/sessions").session(admin)).andExpect(status().isForbidden());
				mvc.perform(post("/admin/users/" + id + "/sessions/end").session(admin)
					.with(csrf())
					.param("reference", officeReference)).andExpect(status().isForbidden());
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		mvc.perform(get("/admin").session(office)).andExpect(status().isOk());

		mvc.perform(post("/admin/users/" + id + "/sessions/end").session(secadmin)
			.with(csrf())
			.param("reference", officeReference)).andExpect(redirectedUrl("/admin/users/" + id + "/sessions"));

		mvc.perform(get("/admin").session(office)).andExpect(redirectedUrl("/admin/login?expired"));
		mvc.perform(get("/admin").session(home)).andExpect(status().isOk());
		assertThat(page(secadmin, id)).contains("已强制退出会话 " + officeReference)
			.contains("<code>" + homeReference + "</code>")
			.doesNotContain("<code>" + officeReference + "</code>");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("""
					select count(*) from audit_entry where action = 'STAFF_SESSION_ENDED' and subject = 'user:two-desks'
					and actor = 'secadmin' and summary = :summary""")
				.param("summary", "session=" + officeReference)
				.query(Long.class)
				.single() == 1);
	}

	@Test
	void theSecurityAdministratorDoesNotListTheirOwnSessions() throws Exception {
		long own = directory.loadUserByUsername("secadmin").staff().userId();
		mvc.perform(get("/admin/users/" + own + "/sessions").session(login("secadmin")))
			.andExpect(status().isNotFound());
	}

	private String page(MockHttpSession session, long id) throws Exception {
		return mvc.perform(get("/admin/users/" + id + "/sessions").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private MockHttpSession login(String username) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/admin/login").user(username).password(PASSWORD))
			.andExpect(redirectedUrl("/admin"))
			.andReturn()
			.getRequest()
			.getSession();
	}

}
