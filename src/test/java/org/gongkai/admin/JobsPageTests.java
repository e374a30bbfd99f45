package org.gongkai.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.NewStaffAccount;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffAccounts;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.platform.Beijing;
import org.gongkai.platform.Outbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

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
 * The jobs page shows every scheduled job with its timer and its last run, and the daily ones with the day and node
 * of their last run on the cluster; a day that no node ran can be run from it, once; it is the platform
 * administrator's, not an agency administrator's.
 */
@IntegrationTest
class JobsPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Clock clock;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	Outbox outbox;

	@Test
	void thePlatformAdministratorSeesTheJobsAndRunsAMissedDayOnce() throws Exception {
		var admin = user(StaffFixtures.principal(context, "admin"));
		mvc.perform(get("/admin/jobs").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("依申请公开期限检查")))
			.andExpect(content().string(containsString("规范性文件到期失效")))
			.andExpect(content().string(containsString("发送邮件")))
			.andExpect(content().string(containsString("Outbox.send")))
			.andExpect(content().string(containsString("每次结束后 60 秒")))
			.andExpect(content().string(containsString("定时器已关闭")))
			.andExpect(content().string(containsString("没有未能发出的邮件")));

		// the interaction deadlines ran when the node started; as if no node had been up that day:
		LocalDate today = LocalDate.now(clock.withZone(Beijing.ZONE));
		jdbc.sql("delete from job_run where job = 'interaction-deadlines' and day = :today")
			.param("today", today)
			.update();
		mvc.perform(get("/admin/jobs").with(admin))
			.andExpect(content().string(containsString("/admin/jobs/interaction-deadlines/run")));
		mvc.perform(post("/admin/jobs/interaction-deadlines/run").with(admin).with(csrf()))
			.andExpect(flash().attribute("ran", "interaction-deadlines"));
		// the day's run as job_run holds it: its node, when it started and when it finished, in Beijing time
		DateTimeFormatter shown = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Beijing.ZONE);
		String ran = jdbc.sql("select started_at, finished_at from job_run where job = 'interaction-deadlines' and day = :today")
			.param("today", today)
			.query((rs, row) -> shown.format(rs.getTimestamp(1).toInstant()) + " 开始，"
					+ shown.format(rs.getTimestamp(2).toInstant()) + " 结束")
			.single();
		mvc.perform(get("/admin/jobs").with(admin))
			.andExpect(content().string(not(containsString("/admin/jobs/interaction-deadlines/run"))))
			.andExpect(content().string(containsString(today.toString())))
			.andExpect(content().string(containsString(ran)));
		mvc.perform(post("/admin/jobs/interaction-deadlines/run").with(admin).with(csrf()))
			.andExpect(flash().attribute("alreadyRan", "interaction-deadlines"));
		mvc.perform(post("/admin/jobs/no-such-job/run").with(admin).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/admin/jobs/mail/999999999/retry").with(admin).with(csrf()))
			.andExpect(status().isConflict());

		accounts.ensure(new NewStaffAccount("jobs-bureau-admin", "某局管理员", "Jobs-Bureau-Admin-2026", "demo-bureau",
				Set.of(Role.ADMIN)));
		mvc.perform(get("/admin/jobs").with(user(StaffFixtures.principal(context, "jobs-bureau-admin"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/jobs").with(user(StaffFixtures.principal(context, "officer"))))
			.andExpect(status().isForbidden());
	}


	@Test
	void everyGivenUpMailIsCountedAndQueuedAgainAtOnce() throws Exception {
		var admin = user(StaffFixtures.principal(context, "admin"));
		for (int i = 1; i <= 3; i++) {
			jdbc.sql("""
					insert into outgoing_mail (recipient, subject, body, created_at, attempts, last_error)
					values (:to, '邮件服务器故障测试', '正文', now(), :max, 'Connection refused')""")
				.param("to", "mail-outage-" + i + "@example.com")
				.param("max", Outbox.MAX_ATTEMPTS)
				.update();
		}
		long given = outbox.undeliveredCount();
		org.assertj.core.api.Assertions.assertThat(given).isGreaterThanOrEqualTo(3);
		mvc.perform(get("/admin/jobs").with(admin))
			.andExpect(content().string(containsString("共 " + given + " 封未能发出")))
			.andExpect(content().string(containsString("全部 " + given + " 封重新发送")))
			.andExpect(content().string(containsString("m***@example.com")));
		mvc.perform(post("/admin/jobs/mail/retry-all").with(admin).with(csrf()))
			.andExpect(flash().attribute("requeuedAll", (int) given));
		org.assertj.core.api.Assertions.assertThat(outbox.undeliveredCount()).isZero();
		org.assertj.core.api.Assertions
			.assertThat(jdbc.sql("select summary from audit_entry where action = 'MAIL_REQUEUED_ALL' order by id desc")
				.query(String.class)
				.list())
			.first()
			.isEqualTo("queued=" + given);
		mvc.perform(get("/admin/jobs").with(admin))
			.andExpect(content().string(containsString("没有未能发出的邮件")))
			.andExpect(content().string(not(containsString("/admin/jobs/mail/retry-all"))));
		mvc.perform(post("/admin/jobs/mail/retry-all").with(user(StaffFixtures.principal(context, "officer"))).with(csrf()))
			.andExpect(status().isForbidden());
		// not this test's to send: parked, as if far in the future
		jdbc.sql("update outgoing_mail set next_attempt_at = '2100-01-01' where subject = '邮件服务器故障测试'").update();
	}

}
