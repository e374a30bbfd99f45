package org.gongkai.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.gongkai.IntegrationTest;
import org.gongkai.audit.AuditLog;
import org.gongkai.identity.StaffFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The daily scan runs once a day across nodes, closes what ran out, and raises what fell overdue. */
@IntegrationTest
class DeadlineScanTests {

	@Autowired
	DeadlineScan scan;

	@Autowired
	RequestIntake intake;

	@Autowired
	RequestHandling handling;

	@Autowired
	RequestQueries queries;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationContext context;

	@Test
	void closesLapsedClarificationsRaisesOverdueApplicationsAndRunsOncePerDay() {
		var officer = StaffFixtures.principal(context, "officer").staff();
		long id = intake.register(officer, "demo-bureau", Channel.IN_PERSON, LocalDate.of(2025, 11, 3),
				new Application(ApplicantType.NATURAL_PERSON, "冯十", null, null, null, null, null, null, null,
						"某份通知", null, DeliveryMethod.IN_PERSON, false))
			.id();
		handling.act(officer, id, new RequestCommand.RequestClarification(LocalDate.of(2025, 11, 5),
				"请写明通知的发文日期", 10));
		LocalDate today = LocalDate.now(clock);
		jdbc.sql("insert into job_run (job, day, node, started_at) values (:job, :day, 'earlier', now())")
			.param("job", DeadlineScan.JOB)
			.param("day", today.minusDays(10))
			.update();

		assertThat(scan.run(today)).isTrue();
		assertThat(scan.run(today)).as("a second node, or a second run, finds the day claimed").isFalse();

		RequestView closed = queries.find(officer, id);
		assertThat(closed.status()).isEqualTo(RequestStatus.CLOSED);
		assertThat(closed.outcome()).isEqualTo(Outcome.OTHER_NO_CLARIFICATION);
		assertThat(closed.closedOn()).isEqualTo(today);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> audit.recent(500, Long.MAX_VALUE)
				.stream()
				.anyMatch(entry -> entry.action().equals("REQUEST_OVERDUE")));
	}

}
