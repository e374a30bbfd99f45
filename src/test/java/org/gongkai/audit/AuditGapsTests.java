package org.gongkai.audit;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.gongkai.IntegrationTest;
import org.gongkai.assistant.KnowledgeIndexer;
import org.gongkai.identity.StaffAccounts;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.identity.NewStaffAccount;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffAccountChanged;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.Application;
import org.gongkai.requests.Channel;
import org.gongkai.requests.DeliveryMethod;
import org.gongkai.requests.RequestHandling;
import org.gongkai.requests.RequestIntake;
import org.gongkai.requests.RequestView;
import org.gongkai.requests.Upload;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Notes, assignments and officers' files on applications, the assistant's index rebuild, logins, logouts and failed
 * logins leave an entry; the entry is written with the change, once, so a replay of the event registry after a crash
 * writes no second one.
 */
@IntegrationTest
class AuditGapsTests {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };

	@Autowired
	RequestIntake intake;

	@Autowired
	RequestHandling handling;

	@Autowired
	KnowledgeIndexer knowledge;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog auditLog;

	@Autowired
	MockMvc mvc;

	@Test
	void notesAssignmentsAndOfficersFilesOnAnApplicationAreAudited() {
		var officer = staff("officer");
		RequestView registered = intake.register(officer, "demo-bureau", Channel.IN_PERSON,
				LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1),
				new Application(ApplicantType.NATURAL_PERSON, "王五", null, null, null, null, null, null, null,
						"审计测试的某文件", null, DeliveryMethod.IN_PERSON, false));
		String subject = "request:" + registered.trackingNumber();

		handling.addNote(officer, registered.id(), "申请人电话 13800000000，内部备注");
		handling.assign(officer, registered.id(), "officer");
		handling.attach(officer, registered.id(), new Upload("file", "答复材料.png", PNG));

		assertThat(count("REQUEST_NOTE_ADDED", subject)).as("written with the change, at once").isEqualTo(1);
		assertThat(count("REQUEST_ASSIGNED", subject)).isEqualTo(1);
		assertThat(count("REQUEST_FILE_ATTACHED", subject)).isEqualTo(1);
		assertThat(jdbc.sql("select summary from audit_entry where action = 'REQUEST_NOTE_ADDED' and subject = :s")
			.param("s", subject)
			.query(String.class)
			.single()).as("the note's content stays out of the log").doesNotContain("13800000000");
	}

	@Test
	void theAssistantsIndexRebuildIsAudited() {
		long before = count("ASSISTANT_INDEX_REBUILT", "assistant-index");
		knowledge.rebuild(staff("admin"));
		assertThat(count("ASSISTANT_INDEX_REBUILT", "assistant-index")).isEqualTo(before + 1);
	}

	@Test
	void loginsLogoutsAndFailedLoginsAreAudited() throws Exception {
		accounts.ensure(new NewStaffAccount("signer", "签到者", "Signer-Pass-2026", "demo-market",
				java.util.Set.of(Role.EDITOR)));
		mvc.perform(formLogin("/admin/login").user("signer").password("wrong-password-1"));
		mvc.perform(formLogin("/admin/login").user("nobody-here").password("wrong-password-2"));
		var session = (org.springframework.mock.web.MockHttpSession) mvc
			.perform(formLogin("/admin/login").user("signer").password("Signer-Pass-2026"))
			.andReturn()
			.getRequest()
			.getSession();
		mvc.perform(post("/admin/logout").session(session).with(csrf()));

		// written in order by the sign-in audit's own thread, after each answer
		await().atMost(Duration.ofSeconds(10)).until(() -> count("LOGOUT", "user:signer") >= 1);
		assertThat(count("LOGIN_FAILED", "user:signer")).isEqualTo(1);
		assertThat(count("LOGIN_FAILED", "user:nobody-here")).isEqualTo(1);
		assertThat(count("LOGIN", "user:signer")).isEqualTo(1);
		assertThat(count("LOGOUT", "user:signer")).isEqualTo(1);
		assertThat(jdbc.sql("select summary from audit_entry where action = 'LOGIN' and subject = 'user:signer'")
			.query(String.class)
			.single()).startsWith("address=");
	}

	@Test
	void aReplayOfTheEventRegistryWritesNoSecondEntry() throws Exception {
		accounts.ensure(new NewStaffAccount("replayed", "重放者", "Replayed-Old-2026", "demo-market",
				java.util.Set.of(Role.EDITOR)));
		accounts.changePassword(staff("replayed"), "Replayed-Old-2026", "Replayed-New-2026");
		await().atMost(Duration.ofSeconds(10)).until(() -> count("PASSWORD_CHANGED", "user:replayed") >= 1);

		// a crash after a listener committed and before its publication was marked complete
		jdbc.sql("""
				update event_publication set completion_date = null
				where event_type = :type and serialized_event like '%"replayed"%'""")
			.param("type", StaffAccountChanged.class.getName())
			.update();
		incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof StaffAccountChanged
				changed && changed.username().equals("replayed"));

		Thread.sleep(1500);
		assertThat(count("PASSWORD_CHANGED", "user:replayed")).isEqualTo(1);
		assertThat(auditLog.verify().valid()).isTrue();
	}

	private org.gongkai.identity.Staff staff(String username) {
		return ((StaffPrincipal) users.loadUserByUsername(username)).staff();
	}

	private long count(String action, String subject) {
		return jdbc.sql("select count(*) from audit_entry where action = :action and subject = :subject")
			.param("action", action)
			.param("subject", subject)
			.query(Long.class)
			.single();
	}

}
