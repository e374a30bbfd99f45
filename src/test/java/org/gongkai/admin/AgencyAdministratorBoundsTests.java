package org.gongkai.admin;

import java.time.LocalDate;
import java.util.Set;

import org.gongkai.IntegrationTest;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.identity.NewStaffAccount;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffAccounts;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.identity.StaffPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.IntegrationTest.PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What an agency's administrator may not do (issue 22, items 2 and 4): change national data — the working-day
 * calendar every agency's deadlines count on — or start a platform-wide operation (the assistant's index rebuild),
 * which belong to the platform's root administrator; nor read other agencies' audit trail.
 */
@IntegrationTest
class AgencyAdministratorBoundsTests {

	/** An ADMIN of the leaf bureau 示例区某局, below the root 示例区人民政府. */
	private static final String BUREAU_ADMIN = "leaf-bureau-admin";

	/** An AUDITOR of the same bureau. */
	private static final String BUREAU_AUDITOR = "leaf-bureau-auditor";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	WorkingDayCalendar calendar;

	@BeforeEach
	void aBureauHasItsOwnAdministrator() {
		accounts.ensure(new NewStaffAccount(BUREAU_ADMIN, "某局管理员", PASSWORD, "demo-bureau", Set.of(Role.ADMIN)));
	}

	private StaffPrincipal principal(String username) {
		return StaffFixtures.principal(context, username);
	}

	@Test
	void onlyTheRootAdministratorIsThePlatformsAdministrator() {
		assertThat(principal("admin").staff().isPlatformAdministrator()).isTrue();
		assertThat(principal(BUREAU_ADMIN).staff().isPlatformAdministrator()).isFalse();
		assertThat(principal("supervisor").staff().isPlatformAdministrator()).isFalse();
	}

	@Test
	void aBureauAdministratorCannotAddAHolidayWeekToTheNationalCalendar() throws Exception {
		boolean workedBefore = calendar.isWorkingDay(LocalDate.of(2026, 12, 14));
		mvc.perform(post("/admin/calendar/2026").with(user(principal(BUREAU_ADMIN)))
			.with(csrf())
			.param("noticeNumber", "伪造〔2026〕1号")
			.param("noticeDate", "2026-12-01")
			.param("holidays", "2026-12-14 假期\n2026-12-15 假期\n2026-12-16 假期\n2026-12-17 假期\n2026-12-18 假期")
			.param("makeUpWorkdays", "")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/calendar/2026/remove").with(user(principal(BUREAU_ADMIN))).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 14))).isEqualTo(workedBefore).isTrue();
		assertThat(calendar.isConfigured(2026)).isTrue();
		mvc.perform(get("/admin/calendar/2026").with(user(principal(BUREAU_ADMIN))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("action=\"/admin/calendar/2026/remove\""))));
	}

	@Test
	void aBureauAdministratorCannotRebuildTheAssistantsIndex() throws Exception {
		mvc.perform(post("/admin/assistant/index").with(user(principal(BUREAU_ADMIN))).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/search/index/rebuild").with(user(principal(BUREAU_ADMIN))).with(csrf()))
			.andExpect(flash().attribute("refusal", "search.rebuild.rootAdminOnly"));
	}

	@Test
	void aBureauAuditorReadsOnlyTheirOwnAgenciesAuditTrail() throws Exception {
		accounts.ensure(new NewStaffAccount(BUREAU_AUDITOR, "某局审计员", PASSWORD, "demo-bureau", Set.of(Role.AUDITOR)));
		String clerk = "finance-clerk-" + Long.toString(System.nanoTime(), 36);
		accounts.ensure(new NewStaffAccount(clerk, "财政局文员", PASSWORD, "demo-finance", Set.of(Role.EDITOR)));
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.untilAsserted(() -> mvc.perform(get("/admin/audit").with(user(principal("auditor"))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(clerk))));
		mvc.perform(get("/admin/audit").with(user(principal(BUREAU_ADMIN)))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit").with(user(principal("admin")))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit").with(user(principal(BUREAU_AUDITOR))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("title=\"demo-bureau\">示例区某局<")))
			.andExpect(content().string(not(containsString(clerk))))
			.andExpect(content().string(not(containsString("title=\"demo-finance\""))))
			.andExpect(content().string(not(containsString("title=\"demo-district\""))));
	}

}
