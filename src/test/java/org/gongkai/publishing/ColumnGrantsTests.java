package org.gongkai.publishing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.NewStaffAccount;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffAccounts;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.platform.DomainException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.gongkai.IntegrationTest.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 栏目授权 (issue 19): an editor the security administrator limited to some columns drafts, moves and submits only in
 * those; the desk refuses the others, whatever the page shows, and the document's view offers no such step.
 */
@IntegrationTest
class ColumnGrantsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	DocumentDesk desk;

	@Autowired
	DocumentQueries queries;

	@Autowired
	ColumnGrants grants;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLimitedEditorDraftsAndSubmitsOnlyInTheGrantedColumns() throws Exception {
		accounts.ensure(new NewStaffAccount("column-editor", "栏目编辑", PASSWORD, "demo-bureau", Set.of(Role.EDITOR)));
		Staff editor = staff("column-editor");
		long plans = draft(editor, "plans", "栏目授权测试：授权前的规划");

		assertThatThrownBy(() -> grants.grant(staff("admin"), editor.userId(), Set.of("news")))
			.isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("messageKey", "publishing.columnGrant.securityAdminOnly");
		mvc.perform(put("/api/v1/users/" + editor.userId() + "/columns").contentType("application/json")
			.content("{\"columns\": [\"news\"]}")
			.with(httpBasic("admin", PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/users/" + editor.userId() + "/columns").contentType("application/json")
			.content("{\"columns\": [\"news\"]}")
			.with(httpBasic("secadmin", PASSWORD))).andExpect(status().isOk()).andExpect(jsonPath("$[0]").value("news"));
		mvc.perform(get("/api/v1/users/" + editor.userId() + "/columns").with(httpBasic("secadmin", PASSWORD)))
			.andExpect(jsonPath("$.length()").value(1));

		long news = draft(editor, "news", "栏目授权测试：工作动态");
		assertThatThrownBy(() -> draft(editor, "plans", "栏目授权测试：未授权的栏目"))
			.isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("messageKey", "publishing.columnGrant.notGranted");
		assertThatThrownBy(() -> desk.review(editor, plans, new DocumentCommand.Submit()))
			.isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("messageKey", "publishing.columnGrant.notGranted");
		assertThatThrownBy(() -> desk.update(editor, plans, draftIn("news", "栏目授权测试：挪到已授权栏目")))
			.isInstanceOf(DomainException.class);
		assertThat(queries.find(editor, plans).allowedActions()).doesNotContain(DocumentAction.EDIT,
				DocumentAction.SUBMIT);
		assertThat(queries.find(editor, news).allowedActions()).contains(DocumentAction.EDIT, DocumentAction.SUBMIT);
		desk.review(editor, news, new DocumentCommand.Submit());
		assertThat(queries.find(editor, news).status()).isEqualTo(DocumentStatus.SUBMITTED);

		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("""
					select count(*) from audit_entry where action = 'STAFF_COLUMNS_GRANTED'
					and subject = 'user:column-editor' and actor = 'secadmin'""").query(Long.class).single() >= 1);

		grants.grant(staff("secadmin"), editor.userId(), Set.of());
		desk.review(editor, plans, new DocumentCommand.Submit());
		assertThat(queries.find(editor, plans).status()).isEqualTo(DocumentStatus.SUBMITTED);
	}

	@Test
	void anEditorWithoutGrantsWritesInEveryColumnAsBefore() {
		Staff editor = staff("editor");
		assertThat(grants.of(editor.userId())).isEmpty();
		long id = draft(editor, "plans", "栏目授权测试：不受限的编辑");
		assertThat(queries.find(editor, id).allowedActions()).contains(DocumentAction.SUBMIT);
	}

	private Staff staff(String username) {
		return StaffFixtures.principal(context, username).staff();
	}

	private long draft(Staff editor, String column, String title) {
		return desk.create(editor, "demo-bureau", draftIn(column, title));
	}

	private static Draft draftIn(String column, String title) {
		return new Draft(column, title, title + "的正文。", null, null, null, null, null, null,
				LocalDate.of(2026, 11, 30), null);
	}

}
