package org.gongkai.identity;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import org.gongkai.IntegrationTest;
import org.gongkai.platform.DomainException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.gongkai.IntegrationTest.PASSWORD;
import static org.gongkai.identity.IdentityApiTests.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 三员分立 (issue 19): the system administrator (ADMIN) manages accounts, the security administrator (SECURITY_ADMIN)
 * grants roles, the auditor (AUDITOR) reads the logs and nothing else; a fresh installation has one of each, and no
 * account holds two of them.
 */
@IntegrationTest
class SeparatedAdministratorsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	RoleGrants grants;

	@Autowired
	AccountAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFirstStartOpensOneOfEachAdministratorAtTheRoot() {
		for (var expected : new Object[][] { { "admin", Role.ADMIN }, { "secadmin", Role.SECURITY_ADMIN },
				{ "auditor", Role.AUDITOR } }) {
			Staff staff = directory.loadUserByUsername((String) expected[0]).staff();
			assertThat(staff.roles()).containsExactly((Role) expected[1]);
			assertThat(staff.agencyPath()).isEqualTo("/demo-district/");
		}
		assertThat(directory.loadUserByUsername("auditor").staff().isPlatformAuditor()).isTrue();
		assertThat(directory.loadUserByUsername("admin").staff().isPlatformAuditor()).isFalse();
	}

	@Test
	void theSystemAdministratorOpensAccountsButGivesNeitherTheSecurityAdministratorsNorTheAuditorsRole()
			throws Exception {
		for (String role : new String[] { "AUDITOR", "SECURITY_ADMIN" }) {
			mvc.perform(json(post("/api/v1/users"), """
					{"username": "would-be-%s", "password": "Would-Be-2026", "agencyCode": "demo-market",
					 "roles": ["%s"]}""".formatted(role.toLowerCase().replace('_', '-'), role))
				.with(httpBasic("admin", PASSWORD))).andExpect(status().isForbidden());
		}
		assertThat(accounts.exists("would-be-auditor")).isFalse();
		mvc.perform(json(post("/api/v1/users"), """
				{"username": "two-hats", "password": "Two-Hats-2026", "agencyCode": "demo-market",
				 "roles": ["ADMIN", "SECURITY_ADMIN"]}""").with(httpBasic("secadmin", PASSWORD)))
			.andExpect(status().isForbidden());
		assertThatThrownBy(() -> accounts.ensure(new NewStaffAccount("two-hats", "兼任", "Two-Hats-2026",
				"demo-market", EnumSet.of(Role.ADMIN, Role.AUDITOR))))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("identity.user.separatedAdministrators");
	}

	@Test
	void onlyTheSecurityAdministratorGrantsRolesAndEveryGrantIsAudited() throws Exception {
		long id = open("grantee", "Grantee-Pass-2026");
		String body = """
				{"roles": ["EDITOR", "REVIEWER"]}""";
		mvc.perform(json(post("/api/v1/users/" + id + "/roles"), body).with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(json(post("/api/v1/users/" + id + "/roles"), body).with(httpBasic("auditor", PASSWORD)))
			.andExpect(status().isForbidden());
		assertThat(accounts.account(id).orElseThrow().roles()).containsExactly(Role.EDITOR);

		mvc.perform(json(post("/api/v1/users/" + id + "/roles"), body).with(httpBasic("secadmin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles.length()").value(2));
		assertThat(accounts.account(id).orElseThrow().roles()).containsExactlyInAnyOrder(Role.EDITOR, Role.REVIEWER);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("""
					select count(*) from audit_entry where action = 'STAFF_ROLES_CHANGED' and subject = 'user:grantee'
					and actor = 'secadmin' and summary = 'roles=EDITOR,REVIEWER; before=EDITOR'""")
				.query(Long.class)
				.single() == 1);

		mvc.perform(json(post("/api/v1/users/" + id + "/roles"), """
				{"roles": ["ADMIN", "AUDITOR"]}""").with(httpBasic("secadmin", PASSWORD)))
			.andExpect(status().isBadRequest());
		long own = directory.loadUserByUsername("secadmin").staff().userId();
		mvc.perform(json(post("/api/v1/users/" + own + "/roles"), """
				{"roles": ["SECURITY_ADMIN", "EDITOR"]}""").with(httpBasic("secadmin", PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theSystemAdministratorCannotTakeOverAnAuditorsAccountButTheSecurityAdministratorActsOnIt() throws Exception {
		accounts.ensure(new NewStaffAccount("market-auditor", "市场局审计员", "Market-Auditor-2026", "demo-market",
				Set.of(Role.AUDITOR)));
		long id = directory.loadUserByUsername("market-auditor").staff().userId();
		for (String action : new String[] { "RESET_PASSWORD", "DISABLE" }) {
			mvc.perform(json(post("/api/v1/users/" + id + "/actions"), """
					{"action": "%s", "password": "Taken-Over-2026"}""".formatted(action))
				.with(httpBasic("admin", PASSWORD))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/v1/audit/verify").with(httpBasic("market-auditor", "Market-Auditor-2026")))
			.andExpect(status().isOk());
		mvc.perform(json(post("/api/v1/users/" + id + "/actions"), """
				{"action": "RESET_PASSWORD", "password": "Market-Reset-2026"}""").with(httpBasic("secadmin", PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/audit/verify").with(httpBasic("market-auditor", "Market-Reset-2026")))
			.andExpect(status().isForbidden());
		StaffFixtures.replacePassword(context, "market-auditor", "Market-Reset-2026", "Market-Own-2026");
		mvc.perform(get("/api/v1/audit/verify").with(httpBasic("market-auditor", "Market-Own-2026")))
			.andExpect(status().isOk());
		long editor = directory.loadUserByUsername("editor").staff().userId();
		mvc.perform(json(post("/api/v1/users/" + editor + "/actions"), """
				{"action": "REVOKE_TOKENS"}""").with(httpBasic("secadmin", PASSWORD))).andExpect(status().isForbidden());
	}

	@Test
	void aGrantEndsTheSessionsOfTheAccountSoThatTheNewRolesTakeEffect() throws Exception {
		long id = open("regranted", "Regranted-Pass-2026");
		StaffPrincipal before = directory.loadUserByUsername("regranted");
		assertThat(administration.sessionStillValid(before)).isTrue();
		grants.grant(directory.loadUserByUsername("secadmin").staff(), id, Set.of(Role.OFFICER));
		assertThat(administration.sessionStillValid(before)).isFalse();
		assertThat(administration.sessionStillValid(directory.loadUserByUsername("regranted"))).isTrue();
	}

	@Test
	void theSecurityAdministratorGrantsTheAuditorsRoleOnThePage() throws Exception {
		long id = open("new-auditor", "New-Auditor-2026");
		MockHttpSession secadmin = login("secadmin");
		String page = mvc.perform(get("/admin/users").session(secadmin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("/admin/users/" + id + "/roles");
		mvc.perform(post("/admin/users/" + id + "/roles").session(secadmin).with(csrf()).param("roles", "AUDITOR"))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(accounts.account(id).orElseThrow().roles()).containsExactly(Role.AUDITOR);
		String adminsPage = mvc.perform(get("/admin/users").with(user(directory.loadUserByUsername("admin"))))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(adminsPage).doesNotContain("/roles\"");
		// the system administrator's form for a new account offers neither role of the other two administrators
		// (the ledger's filter may list every role: it reads, it does not grant)
		assertThat(org.jsoup.Jsoup.parse(adminsPage).select("input[name=roles]")).extracting(e -> e.attr("value"))
			.contains("EDITOR")
			.doesNotContain("AUDITOR", "SECURITY_ADMIN");
	}

	@Test
	void theAuditorReadsTheLogsAndNothingElse() throws Exception {
		StaffPrincipal auditor = directory.loadUserByUsername("auditor");
		mvc.perform(get("/admin/audit").with(user(auditor))).andExpect(status().isOk());
		mvc.perform(get("/admin/audit").param("filter", "logins").with(user(auditor))).andExpect(status().isOk());
		mvc.perform(get("/admin/audit/export").param("filter", "logins").param("format", "csv").with(user(auditor)))
			.andExpect(status().isOk());
		for (String page : new String[] { "/admin/requests", "/admin/documents", "/admin/users", "/admin/agencies",
				"/admin/calendar" }) {
			mvc.perform(get(page).with(user(auditor))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/v1/audit/verify").with(httpBasic("auditor", PASSWORD))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/agencies").with(httpBasic("auditor", PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/users").with(httpBasic("auditor", PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit").with(user(directory.loadUserByUsername("secadmin"))))
			.andExpect(status().isForbidden());
	}

	private MockHttpSession login(String username) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/admin/login").user(username).password(PASSWORD))
			.andExpect(redirectedUrl("/admin"))
			.andReturn()
			.getRequest()
			.getSession();
	}

	private long open(String username, String password) throws Exception {
		mvc.perform(json(post("/api/v1/users"), """
				{"username": "%s", "password": "%s", "agencyCode": "demo-market", "roles": ["EDITOR"]}"""
			.formatted(username, password)).with(httpBasic("admin", PASSWORD))).andExpect(status().isCreated());
		return directory.loadUserByUsername(username).staff().userId();
	}

}
