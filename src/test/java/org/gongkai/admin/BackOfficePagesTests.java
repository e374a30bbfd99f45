package org.gongkai.admin;

import org.gongkai.IntegrationTest;
import org.gongkai.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.IntegrationTest.PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The back office: login, the pages each role sees, and forms that keep what was typed on an error. */
@IntegrationTest
class BackOfficePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	WorkingDayCalendar calendar;

	private org.gongkai.identity.StaffPrincipal principal(String username) {
		return org.gongkai.identity.StaffFixtures.principal(context, username);
	}

	@Test
	void theBackOfficeAsksForALogin() throws Exception {
		mvc.perform(get("/admin")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/login"));
		mvc.perform(get("/admin/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("工作人员登录")));
	}

	@Test
	void staffLogInWithTheFormAndGetTheDashboard() throws Exception {
		mvc.perform(formLogin("/admin/login").user("officer").password(PASSWORD))
			.andExpect(redirectedUrl("/admin"));
		mvc.perform(formLogin("/admin/login").user("officer").password("wrong-password-1"))
			.andExpect(redirectedUrl("/admin/login?error"));
		mvc.perform(get("/admin").with(user(principal("officer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("示例区某局 工作台")))
			.andExpect(content().string(not(containsString("审计日志"))));
	}

	@Test
	void everyBackOfficePageRendersForAnAdmin() throws Exception {
		for (String page : new String[] { "/admin", "/admin/agencies", "/admin/users", "/admin/calendar",
				"/admin/calendar/2026", "/admin/account", "/admin/requests", "/admin/documents",
				"/admin/documents/new", "/admin/freshness", "/admin/normative-documents", "/admin/channels",
				"/admin/channels/deliveries", "/admin/new-media" }) {
			mvc.perform(get(page).with(user(principal("admin"))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("skip-link")));
		}
		for (String page : new String[] { "/admin", "/admin/audit", "/admin/audit?filter=logins", "/admin/account" }) {
			mvc.perform(get(page).with(user(principal("auditor"))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("skip-link")));
		}
		for (String page : new String[] { "/admin", "/admin/users", "/admin/account" }) {
			mvc.perform(get(page).with(user(principal("secadmin"))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("skip-link")));
		}
	}

	@Test
	void thePagesOfferWhatTheRolesMayDo() throws Exception {
		mvc.perform(get("/admin/agencies").with(user(principal("editor"))))
			.andExpect(content().string(not(containsString("href=\"/admin/requests\""))))
			.andExpect(content().string(containsString("href=\"/admin/documents\"")))
			.andExpect(content().string(not(containsString("action=\"/admin/agencies\""))));
		mvc.perform(get("/admin/agencies").with(user(principal("admin"))))
			.andExpect(content().string(not(containsString("href=\"/admin/audit\""))))
			.andExpect(content().string(containsString("action=\"/admin/agencies\"")));
		mvc.perform(get("/admin").with(user(principal("auditor"))))
			.andExpect(content().string(containsString("href=\"/admin/audit\"")))
			.andExpect(content().string(not(containsString("href=\"/admin/requests\""))))
			.andExpect(content().string(not(containsString("href=\"/admin/users\""))));
		mvc.perform(get("/admin/calendar/2026").with(user(principal("officer"))))
			.andExpect(content().string(containsString("readonly")))
			.andExpect(content().string(containsString("节假日安排通知由系统管理员录入")));
		mvc.perform(get("/admin/calendar/2026").with(user(principal("admin"))))
			.andExpect(content().string(not(containsString("readonly"))))
			.andExpect(content().string(not(containsString("由系统管理员录入"))));
	}

	@Test
	void aFormWithAMistakeKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/admin/agencies").with(user(principal("admin")))
			.with(csrf())
			.param("code", "demo-parks")
			.param("name", "示例区园林局")
			.param("parentCode", "demo-district")
			.param("creditCode", "12345")
			.param("level", "BUREAU"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不是有效的统一社会信用代码")))
			.andExpect(content().string(containsString("value=\"示例区园林局\"")));
	}

	@Test
	void anAdminEntersANewYearsNoticeAndOthersCannot() throws Exception {
		mvc.perform(post("/admin/calendar/2031").with(user(principal("editor")))
			.with(csrf())
			.param("noticeNumber", "国办发明电〔2030〕1号")
			.param("noticeDate", "2030-11-01")
			.param("holidays", "2031-01-01 元旦")
			.param("makeUpWorkdays", "")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/calendar/2031").with(user(principal("admin")))
			.with(csrf())
			.param("noticeNumber", "国办发明电〔2030〕1号")
			.param("noticeDate", "2030-11-01")
			.param("holidays", "2031-01-01 元旦")
			.param("makeUpWorkdays", "2031-01-02 元旦"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不是周六或周日")));
		mvc.perform(post("/admin/calendar/2031").with(user(principal("admin")))
			.with(csrf())
			.param("noticeNumber", "国办发明电〔2030〕1号")
			.param("noticeDate", "2030-11-01")
			.param("holidays", "2031-01-01 元旦")
			.param("makeUpWorkdays", "2031-01-04 元旦"))
			.andExpect(redirectedUrl("/admin/calendar"));
		assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2031, 1, 1))).isFalse();
		assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2031, 1, 4))).isTrue();
	}

}
