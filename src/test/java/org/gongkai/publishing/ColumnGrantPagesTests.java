package org.gongkai.publishing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.NewStaffAccount;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffAccounts;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.identity.StaffPrincipal;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gongkai.IntegrationTest.PASSWORD;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 栏目授权 page (issue 19): a security administrator ticks an editor's columns, the change is audited like the
 * API's, and the editor's new-document and move forms then offer only those columns.
 */
@IntegrationTest
class ColumnGrantPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	DocumentDesk desk;

	@Autowired
	ColumnGrants grants;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSecurityAdministratorGrantsColumnsOnThePageAndTheEditorsFormsListOnlyThose() throws Exception {
		accounts.ensure(new NewStaffAccount("column-page-editor", "栏目页编辑", PASSWORD, "demo-bureau",
				Set.of(Role.EDITOR)));
		StaffPrincipal editor = principal("column-page-editor");
		long id = editor.staff().userId();
		String page = "/admin/users/" + id + "/columns";

		mvc.perform(get("/admin/documents/new").with(user(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<option value=\"news\""),
					containsString("<option value=\"plans\""))));

		mvc.perform(get(page).with(user(principal("admin")))).andExpect(status().isForbidden());
		mvc.perform(post(page).param("columns", "news").with(csrf()).with(user(principal("admin"))))
			.andExpect(status().isForbidden());
		assertThat(grants.of(id)).isEmpty();

		mvc.perform(get(page).with(user(principal("secadmin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("column-page-editor"),
					containsString("name=\"columns\" value=\"news\""), containsString("name=\"columns\" value=\"plans\""),
					containsString("可在本机构所有栏目中工作"))));
		mvc.perform(post(page).param("columns", "news").with(csrf()).with(user(principal("secadmin"))))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(page));
		assertThat(grants.of(id)).containsExactly("news");
		mvc.perform(get(page).with(user(principal("secadmin"))))
			.andExpect(content().string(allOf(containsString("value=\"news\" checked"),
					not(containsString("value=\"plans\" checked")), containsString("当前限于 1 个栏目"))));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("""
					select count(*) from audit_entry where action = 'STAFF_COLUMNS_GRANTED'
					and subject = 'user:column-page-editor' and actor = 'secadmin'""").query(Long.class).single() >= 1);

		mvc.perform(get("/admin/documents/new").with(user(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<option value=\"news\""),
					not(containsString("<option value=\"plans\"")))));
		long document = desk.create(editor.staff(), "demo-bureau", new Draft("news", "栏目授权页面测试：工作动态",
				"正文。", null, null, null, null, null, null, LocalDate.of(2026, 11, 30), null));
		mvc.perform(get("/admin/documents/" + document).with(user(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<option value=\"news\" selected"),
					not(containsString("<option value=\"plans\"")))));

		mvc.perform(post(page).param("columns", "no-such-column").with(csrf()).with(user(principal("secadmin"))))
			.andExpect(redirectedUrl(page));
		assertThat(grants.of(id)).containsExactly("news");

		mvc.perform(post(page).with(csrf()).with(user(principal("secadmin")))).andExpect(redirectedUrl(page));
		assertThat(grants.of(id)).isEmpty();
		mvc.perform(get("/admin/documents/new").with(user(principal("column-page-editor"))))
			.andExpect(content().string(containsString("<option value=\"plans\"")));
	}

	@Test
	void theUsersPageLinksToTheColumnGrantsForTheSecurityAdministrator() throws Exception {
		mvc.perform(get("/admin/users").with(user(principal("secadmin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/columns\"")));
		mvc.perform(get("/admin/users").with(user(principal("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/columns\""))));
	}

	private StaffPrincipal principal(String username) {
		return StaffFixtures.principal(context, username);
	}

}
