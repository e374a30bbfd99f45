package org.gongkai.identity;

import org.gongkai.IntegrationTest;

import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Signs tests in as a demo staff member, loaded the way a login loads them. */
public final class StaffFixtures {

	/** The initial password {@link #openEditor} opens accounts with. */
	private static final String INITIAL = "Initial-Set-2026";

	private StaffFixtures() {
	}

	public static StaffPrincipal principal(ApplicationContext context, String username) {
		return context.getBean(StaffDirectory.class).loadUserByUsername(username);
	}

	/**
	 * The holder of an account replaces the password someone else set (initial or reset) with their own, as the
	 * account page makes them at their first login; until then the password opens only that page, not the API.
	 */
	public static void replacePassword(ApplicationContext context, String username, String given, String own) {
		context.getBean(StaffAccounts.class).changePassword(principal(context, username).staff(), given, own);
	}

	/**
	 * An EDITOR of 示例区市场监督管理局 whom the administrator opened through the API, and who has since replaced the
	 * initial password with {@code own}.
	 */
	public static void openEditor(ApplicationContext context, String username, String own) {
		try {
			context.getBean(MockMvc.class)
				.perform(IdentityApiTests.json(post("/api/v1/users"), """
						{"username": "%s", "password": "%s", "agencyCode": "demo-market", "roles": ["EDITOR"]}"""
					.formatted(username, INITIAL)).with(httpBasic("admin", IntegrationTest.PASSWORD)))
				.andExpect(status().isCreated());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		replacePassword(context, username, INITIAL, own);
	}

}
