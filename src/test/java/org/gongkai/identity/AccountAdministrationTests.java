package org.gongkai.identity;

import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.IntegrationTest.PASSWORD;
import static org.gongkai.identity.IdentityApiTests.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator disables, enables and resets another staff member's account and revokes their tokens;
 * a disabled account and a changed password end the other sessions and the tokens.
 */
@IntegrationTest
class AccountAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApiTokens tokens;

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	LoginChallenges challenges;

	@Test
	void aDisabledAccountLosesItsSessionItsTokensAndItsLogin() throws Exception {
		long id = open("leaver", "Leaver-Pass-2026");
		MockHttpSession session = login("leaver", "Leaver-Pass-2026");
		String token = tokens.issue(staff("leaver"), "脚本").secret();
		// an account an administrator opened first sees its account page, to change the initial password (issue 19)
		mvc.perform(get("/admin/account").session(session)).andExpect(status().isOk());

		act(id, "DISABLE", null).andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));

		mvc.perform(get("/admin").session(session)).andExpect(toLogin());
		mvc.perform(get("/api/v1/agencies").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/agencies").with(httpBasic("leaver", "Leaver-Pass-2026")))
			.andExpect(status().isUnauthorized());

		act(id, "ENABLE", null).andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(true));
		mvc.perform(get("/api/v1/agencies").with(httpBasic("leaver", "Leaver-Pass-2026"))).andExpect(status().isOk());
	}

	@Test
	void afterFailedLoginsTheOwnerGetsInWithoutAnAdministrator() throws Exception {
		long id = open("unlockee", "Unlockee-Pass-2026");
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/v1/agencies").with(httpBasic("unlockee", "wrong-password-" + i)));
		}
		mvc.perform(get("/api/v1/agencies").with(httpBasic("unlockee", "Unlockee-Pass-2026")))
			.andExpect(status().isUnauthorized());

		// no lock-out, so nothing to unlock (issue 19): the action is gone
		act(id, "UNLOCK", null).andExpect(status().isBadRequest());
		assertThat(java.util.Arrays.stream(AccountAction.values()).map(Enum::name)).doesNotContain("UNLOCK");

		// the owner answers the challenge and gets in
		LoginChallenge challenge = challenges.required("unlockee", "198.18.7.1").orElseThrow();
		mvc.perform(post("/admin/login").param("username", "unlockee")
			.param("password", "Unlockee-Pass-2026")
			.param("challenge", challenge.token())
			.param("proof", LoginChallengeTests.solve(challenge.nonce(), challenge.difficulty()))
			.with(csrf())).andExpect(redirectedUrl("/admin"));
		mvc.perform(get("/api/v1/agencies").with(httpBasic("unlockee", "Unlockee-Pass-2026")))
			.andExpect(status().isOk());
		assertThat(accounts.account(id)).isPresent();
	}

	@Test
	void aResetPasswordEndsTheSessionsAndTokensOfTheAccount() throws Exception {
		long id = open("forgot", "Forgot-Old-2026");
		MockHttpSession session = login("forgot", "Forgot-Old-2026");
		String token = tokens.issue(staff("forgot"), "脚本").secret();

		act(id, "RESET_PASSWORD", "Forgot-New-2026").andExpect(status().isOk());

		mvc.perform(get("/admin").session(session)).andExpect(toLogin());
		mvc.perform(get("/api/v1/agencies").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/agencies").with(httpBasic("forgot", "Forgot-Old-2026")))
			.andExpect(status().isUnauthorized());
		// the reset password opens the account page to change it, not the API
		mvc.perform(get("/api/v1/agencies").with(httpBasic("forgot", "Forgot-New-2026")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("修改")));
		StaffFixtures.replacePassword(context, "forgot", "Forgot-New-2026", "Forgot-Own-2026");
		mvc.perform(get("/api/v1/agencies").with(httpBasic("forgot", "Forgot-Own-2026"))).andExpect(status().isOk());
		act(id, "RESET_PASSWORD", "short").andExpect(status().isBadRequest());
	}

	@Test
	void anAdministratorRevokesAnotherUsersTokens() throws Exception {
		long id = open("tokenholder", "Tokenholder-2026");
		String first = tokens.issue(staff("tokenholder"), "一").secret();
		String second = tokens.issue(staff("tokenholder"), "二").secret();

		act(id, "REVOKE_TOKENS", null).andExpect(status().isOk());

		for (String token : new String[] { first, second }) {
			mvc.perform(get("/api/v1/agencies").header("Authorization", "Bearer " + token))
				.andExpect(status().isUnauthorized());
		}
		assertThat(tokens.of(staff("tokenholder"))).allMatch(t -> t.revokedAt() != null);
	}

	@Test
	void changingOnesPasswordEndsTheOtherSessionsAndTheTokensButNotThisSession() throws Exception {
		open("mover", "Mover-Old-2026");
		MockHttpSession here = login("mover", "Mover-Old-2026");
		MockHttpSession elsewhere = login("mover", "Mover-Old-2026");
		String token = tokens.issue(staff("mover"), "脚本").secret();

		mvc.perform(post("/admin/account/password").session(here)
			.with(csrf())
			.param("currentPassword", "Mover-Old-2026")
			.param("newPassword", "Mover-New-2026")).andExpect(redirectedUrlPattern("/admin/account*"));

		mvc.perform(get("/admin").session(here)).andExpect(status().isOk());
		mvc.perform(get("/admin").session(elsewhere)).andExpect(toLogin());
		mvc.perform(get("/api/v1/agencies").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void onlyAnAdministratorAboveTheAccountActsAndNotOnThemself() throws Exception {
		long id = open("protected", "Protected-2026");
		mvc.perform(json(post("/api/v1/users/" + id + "/actions"), """
				{"action": "DISABLE"}""").with(httpBasic("editor", PASSWORD))).andExpect(status().isForbidden());
		long admin = staff("admin").userId();
		act(admin, "DISABLE", null).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/agencies").with(httpBasic("admin", PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void theUsersPageOffersTheActionsAndTakesThem() throws Exception {
		long id = open("pageuser", "Pageuser-2026");
		MockHttpSession admin = login("admin", PASSWORD);
		String page = mvc.perform(get("/admin/users").session(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("/admin/users/" + id + "/actions");
		mvc.perform(post("/admin/users/" + id + "/actions").session(admin).with(csrf()).param("action", "DISABLE"))
			.andExpect(redirectedUrlPattern("/admin/users*"));
		assertThat(accounts.account(id).orElseThrow().enabled()).isFalse();
	}

	private org.springframework.test.web.servlet.ResultActions act(long id, String action, String password)
			throws Exception {
		String body = password == null ? "{\"action\": \"%s\"}".formatted(action)
				: "{\"action\": \"%s\", \"password\": \"%s\"}".formatted(action, password);
		return mvc.perform(json(post("/api/v1/users/" + id + "/actions"), body).with(httpBasic("admin", PASSWORD)));
	}

	private static org.springframework.test.web.servlet.ResultMatcher toLogin() {
		return result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/admin/login");
	}

	private MockHttpSession login(String username, String password) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/admin/login").user(username).password(password))
			.andExpect(redirectedUrl("/admin"))
			.andReturn()
			.getRequest()
			.getSession();
	}

	private Staff staff(String username) {
		return directory.loadUserByUsername(username).staff();
	}

	private long open(String username, String password) {
		StaffFixtures.openEditor(context, username, password);
		return staff(username).userId();
	}

}
