package org.gongkai.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.gongkai.IntegrationTest;
import org.gongkai.platform.DomainException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.IntegrationTest.PASSWORD;
import static org.gongkai.identity.IdentityApiTests.json;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 19: a password someone else set (an account's initial password, a reset) or one older than
 * {@code gongkai.security.password.max-age} must be changed at the next login before anything else; the stronger
 * policy asks for three of the four character classes.
 */
@IntegrationTest
class PasswordChangeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	StaffDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void anInitialPasswordMustBeChangedBeforeAnythingElse() throws Exception {
		mvc.perform(json(post("/api/v1/users"), """
				{"username": "newcomer", "password": "Newcomer-2026", "agencyCode": "demo-market", "roles": ["EDITOR"]}""")
			.with(httpBasic("admin", PASSWORD)));
		MockHttpSession session = login("newcomer", "Newcomer-2026");
		for (String page : new String[] { "/admin", "/admin/documents", "/admin/documents/new" }) {
			mvc.perform(get(page).session(session)).andExpect(redirectedUrl("/admin/account?change"));
		}
		mvc.perform(get("/admin/account").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"password-change-due\"")));
		mvc.perform(post("/admin/account/password").session(session)
			.with(csrf())
			.param("currentPassword", "Newcomer-2026")
			.param("newPassword", "Newcomer-2026")).andExpect(status().isOk());
		mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/admin/account?change"));

		mvc.perform(post("/admin/account/password").session(session)
			.with(csrf())
			.param("currentPassword", "Newcomer-2026")
			.param("newPassword", "Newcomer-Own-2026")).andExpect(redirectedUrl("/admin/account"));
		mvc.perform(get("/admin").session(session)).andExpect(status().isOk());
		mvc.perform(get("/admin/documents").session(session)).andExpect(status().isOk());
		assertThat(directory.loadUserByUsername("newcomer").passwordChangeDue()).isFalse();
	}

	@Test
	void aResetPasswordMustBeChangedAtTheNextLogin() throws Exception {
		accounts.ensure(new NewStaffAccount("resettee", "被重置者", "Resettee-2026", "demo-market", Set.of(Role.EDITOR)));
		MockHttpSession before = login("resettee", "Resettee-2026");
		mvc.perform(get("/admin").session(before)).andExpect(status().isOk());
		long id = directory.loadUserByUsername("resettee").staff().userId();
		mvc.perform(json(post("/api/v1/users/" + id + "/actions"), """
				{"action": "RESET_PASSWORD", "password": "Resettee-Reset-2026"}""").with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk());
		MockHttpSession after = login("resettee", "Resettee-Reset-2026");
		mvc.perform(get("/admin").session(after)).andExpect(redirectedUrl("/admin/account?change"));
	}

	@Test
	void anExpiredPasswordMustBeChangedAndAFreshOneNeedNot() throws Exception {
		accounts.ensure(new NewStaffAccount("old-timer", "老用户", "Old-Timer-2026", "demo-market", Set.of(Role.EDITOR)));
		mvc.perform(get("/admin").session(login("old-timer", "Old-Timer-2026"))).andExpect(status().isOk());
		jdbc.sql("update staff_user set password_changed_at = :then where username = 'old-timer'")
			.param("then", Timestamp.from(clock.instant().minus(Duration.ofDays(91))))
			.update();
		assertThat(directory.loadUserByUsername("old-timer").passwordChangeDue()).isTrue();
		MockHttpSession session = login("old-timer", "Old-Timer-2026");
		mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/admin/account?change"));

		jdbc.sql("update staff_user set password_changed_at = :then where username = 'old-timer'")
			.param("then", Timestamp.from(clock.instant().minus(Duration.ofDays(89))))
			.update();
		assertThat(directory.loadUserByUsername("old-timer").passwordChangeDue()).isFalse();
	}

	@Test
	void theRulesCountTheConfiguredAgeAndZeroMeansNever() {
		Instant now = Instant.parse("2026-12-06T08:00:00Z");
		PasswordRules ninety = new PasswordRules(false, Duration.ofDays(90));
		assertThat(ninety.changeDue(false, now.minus(Duration.ofDays(90)), now)).isTrue();
		assertThat(ninety.changeDue(false, now.minus(Duration.ofDays(89)), now)).isFalse();
		assertThat(ninety.changeDue(true, now, now)).isTrue();
		PasswordRules never = new PasswordRules(false, Duration.ZERO);
		assertThat(never.changeDue(false, now.minus(Duration.ofDays(3650)), now))
			.isFalse();
	}

	@Test
	void theStrongerPolicyAsksForThreeOfTheFourCharacterClasses() {
		PasswordRules strong = new PasswordRules(true, Duration.ofDays(90));
		for (String weak : new String[] { "huangshanpine2026", "HUANGSHANPINE2026" }) {
			assertThatCode(() -> new PasswordRules(false, Duration.ZERO).check("password", "zhangsan", weak))
				.doesNotThrowAnyException();
			assertThatThrownBy(() -> strong.check("password", "zhangsan", weak)).isInstanceOf(DomainException.class)
				.hasFieldOrPropertyWithValue("messageKey", "identity.password.classes");
		}
		for (String mixed : new String[] { "Huangshanpine2026", "huangshan-pine-2026", "HUANGSHAN-PINE-2026" }) {
			assertThatCode(() -> strong.check("password", "zhangsan", mixed)).doesNotThrowAnyException();
		}
		assertThat(PasswordPolicy.classes("政务公开abc12345")).isEqualTo(3);
	}

	private MockHttpSession login(String username, String password) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/admin/login").user(username).password(password))
			.andExpect(redirectedUrl("/admin"))
			.andReturn()
			.getRequest()
			.getSession();
	}

}
