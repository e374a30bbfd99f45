package org.gongkai.identity;

import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The challenge after repeated failures (no lock-out), personal API tokens, password changes. */
@IntegrationTest
class AccountSecurityTests {

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
	void fiveFailuresInARowBringTheChallenge() throws Exception {
		open("locksmith", "Locksmith-2026");
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/v1/agencies").with(httpBasic("locksmith", "wrong-password-" + i)))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/v1/agencies").with(httpBasic("locksmith", "Locksmith-2026")))
			.andExpect(status().isUnauthorized());
		// not locked: the account's logins need the proof of work now
		assertThat(challenges.required("locksmith", "192.0.2.200")).isPresent();
		assertThat(challenges.required("forgetful-never-failed", "192.0.2.200")).isEmpty();
	}

	@Test
	void aSuccessfulLoginClearsEarlierFailures() throws Exception {
		open("forgetful", "Forgetful-2026");
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < 4; i++) {
				mvc.perform(get("/api/v1/agencies").with(httpBasic("forgetful", "wrong-" + i)));
			}
			mvc.perform(get("/api/v1/agencies").with(httpBasic("forgetful", "Forgetful-2026")))
				.andExpect(status().isOk());
		}
	}

	@Test
	void apiTokensAuthenticateUntilRevoked() throws Exception {
		open("integrator", "Integrator-2026");
		Staff integrator = directory.loadUserByUsername("integrator").staff();
		IssuedApiToken issued = tokens.issue(integrator, "省级平台");
		assertThat(issued.secret()).startsWith("gk_").hasSizeGreaterThan(40);

		mvc.perform(get("/api/v1/agencies").header("Authorization", "Bearer " + issued.secret()))
			.andExpect(status().isOk());
		assertThat(tokens.of(integrator).get(0).lastUsedAt()).isNotNull();

		tokens.revoke(integrator, issued.token().id());
		mvc.perform(get("/api/v1/agencies").header("Authorization", "Bearer " + issued.secret()))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/agencies").header("Authorization", "Bearer gk_made-up"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void tokensAreStoredOnlyAsHashes() {
		open("hashed", "Hashed-User-2026");
		Staff owner = directory.loadUserByUsername("hashed").staff();
		IssuedApiToken issued = tokens.issue(owner, "test");
		assertThat(ApiTokens.hash(issued.secret())).hasSize(64).doesNotContain(issued.secret());
	}

	@Test
	void aPasswordChangeNeedsTheCurrentPassword() throws Exception {
		open("changer", "Changer-Old-2026");
		Staff changer = directory.loadUserByUsername("changer").staff();
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> accounts.changePassword(changer, "wrong-current-1", "Changer-New-2026"))
			.isInstanceOf(org.gongkai.platform.DomainException.class);
		accounts.changePassword(changer, "Changer-Old-2026", "Changer-New-2026");
		mvc.perform(get("/api/v1/agencies").with(httpBasic("changer", "Changer-New-2026")))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/agencies").with(httpBasic("changer", "Changer-Old-2026")))
			.andExpect(status().isUnauthorized());
	}

	private void open(String username, String password) {
		StaffFixtures.openEditor(context, username, password);
	}

}
