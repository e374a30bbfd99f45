package org.gongkai.identity;

import org.springframework.context.ApplicationContext;

/** Signs tests in as a demo staff member, loaded the way a login loads them. */
public final class StaffFixtures {

	private StaffFixtures() {
	}

	public static StaffPrincipal principal(ApplicationContext context, String username) {
		return context.getBean(StaffDirectory.class).loadUserByUsername(username);
	}

}
