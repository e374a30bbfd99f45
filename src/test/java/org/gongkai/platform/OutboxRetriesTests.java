package org.gongkai.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.gongkai.IntegrationTest;
import org.gongkai.MovableClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail that the server refuses is retried after 1, 2, 4 … minutes, at most two hours apart, for about sixteen hours,
 * then listed as undelivered (recipient masked) until an administrator queues it again: it no longer disappears
 * after ten minutes. The mail server here is a real SMTP client pointed at a port where nothing listens.
 */
@IntegrationTest
class OutboxRetriesTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ClusterLock lock;

	@Test
	void theWaitsGrowToTwoHours() {
		assertThat(Outbox.wait(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(Outbox.wait(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(Outbox.wait(7)).isEqualTo(Duration.ofMinutes(64));
		assertThat(Outbox.wait(8)).isEqualTo(Duration.ofHours(2));
		assertThat(Outbox.wait(14)).isEqualTo(Duration.ofHours(2));
		Duration total = Duration.ZERO;
		for (int attempt = 1; attempt < Outbox.MAX_ATTEMPTS; attempt++) {
			total = total.plus(Outbox.wait(attempt));
		}
		assertThat(total).as("given up after about sixteen hours").isBetween(Duration.ofHours(15), Duration.ofHours(17));
	}

	@Test
	void refusedMailIsRetriedWithBackoffThenListedAndQueuedAgainByHand() {
		JavaMailSenderImpl closed = new JavaMailSenderImpl();
		closed.setHost("127.0.0.1");
		closed.setPort(1);
		closed.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
		MovableClock hands = new MovableClock(Instant.parse("2026-12-07T01:00:00Z"));
		Outbox outbox = new Outbox(jdbc,
				new StaticListableBeanFactory(Map.of("mail", closed)).getBeanProvider(JavaMailSender.class),
				"noreply@example.gov.cn", hands, lock);
		// what earlier tests queued is not this test's to retry
		jdbc.sql("update outgoing_mail set next_attempt_at = '2100-01-01' where sent_at is null").update();
		outbox.queue("ops.desk@example.com", "退信重试测试", "测试正文");
		long id = jdbc.sql("select max(id) from outgoing_mail").query(Long.class).single();

		outbox.send();
		assertThat(attempts(id)).isEqualTo(1);
		outbox.send();
		assertThat(attempts(id)).as("not again before its minute is up").isEqualTo(1);
		hands.move(Duration.ofSeconds(61));
		outbox.send();
		assertThat(attempts(id)).isEqualTo(2);
		assertThat(outbox.undelivered()).noneMatch(mail -> mail.id() == id);

		for (int i = 2; i < Outbox.MAX_ATTEMPTS; i++) {
			hands.move(Duration.ofHours(2));
			outbox.send();
		}
		assertThat(attempts(id)).isEqualTo(Outbox.MAX_ATTEMPTS);
		hands.move(Duration.ofHours(2));
		outbox.send();
		assertThat(attempts(id)).as("given up").isEqualTo(Outbox.MAX_ATTEMPTS);
		assertThat(outbox.undelivered()).filteredOn(mail -> mail.id() == id).singleElement().satisfies(mail -> {
			assertThat(mail.recipient()).isEqualTo("o***@example.com");
			assertThat(mail.subject()).isEqualTo("退信重试测试");
			assertThat(mail.lastError()).isNotBlank();
		});

		assertThat(outbox.retry(id)).isTrue();
		assertThat(attempts(id)).isZero();
		assertThat(outbox.retry(id)).as("only what was given up").isFalse();
		jdbc.sql("update outgoing_mail set next_attempt_at = '2100-01-01' where id = :id").param("id", id).update();
	}

	private int attempts(long id) {
		return jdbc.sql("select attempts from outgoing_mail where id = :id").param("id", id).query(Integer.class).single();
	}

}
