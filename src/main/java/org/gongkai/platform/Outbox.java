package org.gongkai.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * E-mail to the public, queued in the database in the same transaction as the change that causes it, so that none is
 * lost, and sent by a scheduled job through the configured SMTP server ({@code spring.mail.host}). Without one, mail
 * stays queued. A sent message's body is cleared, as it may hold a secret query code. With several nodes one sends at a
 * time ({@link ClusterLock#ifFree}), so that no message goes out twice.
 */
@Component
public class Outbox {

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	/**
	 * The waits after each failed attempt: 1, 2, 4 … minutes, at most two hours; after {@value #MAX_ATTEMPTS}
	 * attempts (about 16 hours) a message is given up and listed as undelivered on the jobs page.
	 */
	static final Duration LONGEST_WAIT = Duration.ofHours(2);

	public static final int MAX_ATTEMPTS = 15;

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> mailer;

	private final String from;

	private final Clock clock;

	private final ClusterLock lock;

	Outbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailer,
			@Value("${gongkai.mail.from:noreply@example.gov.cn}") String from, Clock clock, ClusterLock lock) {
		this.lock = lock;
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.from = from;
		this.clock = clock;
	}

	/** Queues a plain-text message; call inside the transaction of the change it reports. */
	public void queue(String recipient, String subject, String body) {
		jdbc.sql("insert into outgoing_mail (recipient, subject, body, created_at) values (:to, :subject, :body, :at)")
			.param("to", recipient)
			.param("subject", subject)
			.param("body", body)
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

	@Scheduled(fixedDelayString = "${gongkai.mail.interval:PT1M}")
	void send() {
		lock.ifFree("outbox", this::sendQueued);
	}

	private void sendQueued() {
		JavaMailSender sender = mailer.getIfAvailable();
		if (sender == null) {
			return;
		}
		List<Object[]> batch = jdbc.sql("""
				select id, recipient, subject, body from outgoing_mail
				where sent_at is null and attempts < :max and (next_attempt_at is null or next_attempt_at <= :now)
				order by id limit 50 for update skip locked""")
			.param("max", MAX_ATTEMPTS)
			.param("now", Timestamp.from(clock.instant()))
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4) })
			.list();
		for (Object[] mail : batch) {
			try {
				MimeMessage message = sender.createMimeMessage();
				MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
				helper.setFrom(from);
				helper.setTo((String) mail[1]);
				helper.setSubject((String) mail[2]);
				helper.setText((String) mail[3]);
				sender.send(message);
				jdbc.sql("update outgoing_mail set sent_at = :at, body = null, attempts = attempts + 1 where id = :id")
					.param("at", Timestamp.from(clock.instant()))
					.param("id", mail[0])
					.update();
			}
			catch (Exception e) {
				log.warn("Mail {} to {} not sent: {}", mail[0], mail[1], e.getMessage());
				int attempts = jdbc.sql("""
						update outgoing_mail set attempts = attempts + 1, last_error = :error where id = :id
						returning attempts""")
					.param("error", e.getMessage())
					.param("id", mail[0])
					.query(Integer.class)
					.single();
				jdbc.sql("update outgoing_mail set next_attempt_at = :next where id = :id")
					.param("next", Timestamp.from(clock.instant().plus(wait(attempts))))
					.param("id", mail[0])
					.update();
			}
		}
	}

	/** How long to wait after the given number of failed attempts. */
	static Duration wait(int failedAttempts) {
		Duration wait = Duration.ofMinutes(1L << Math.min(failedAttempts - 1, 10));
		return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
	}

	/** A message given up after {@value #MAX_ATTEMPTS} attempts; the recipient masked, the body never shown. */
	public record Undelivered(long id, String recipient, String subject, Instant createdAt, int attempts,
			String lastError) {
	}

	/** Given-up messages the jobs page lists at most (their total is shown beside them). */
	public static final int UNDELIVERED_SHOWN = 200;

	/** The newest {@value #UNDELIVERED_SHOWN} messages given up, newest first, for the jobs page. */
	public List<Undelivered> undelivered() {
		return jdbc.sql("""
				select id, recipient, subject, created_at, attempts, last_error from outgoing_mail
				where sent_at is null and attempts >= :max order by id desc limit :shown""")
			.param("max", MAX_ATTEMPTS)
			.param("shown", UNDELIVERED_SHOWN)
			.query((rs, row) -> new Undelivered(rs.getLong(1), masked(rs.getString(2)), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getInt(5), rs.getString(6)))
			.list();
	}

	/** Queues a given-up message again, from its first attempt (an administrator fixed the mail server). */
	public boolean retry(long id) {
		return jdbc.sql("""
				update outgoing_mail set attempts = 0, next_attempt_at = null
				where id = :id and sent_at is null and attempts >= :max""")
			.param("id", id)
			.param("max", MAX_ATTEMPTS)
			.update() > 0;
	}

	/** How many messages are given up, all of them. */
	public long undeliveredCount() {
		return jdbc.sql("select count(*) from outgoing_mail where sent_at is null and attempts >= :max")
			.param("max", MAX_ATTEMPTS)
			.query(Long.class)
			.single();
	}

	/** Queues every given-up message again, from its first attempt; the number queued. */
	public int retryAll() {
		return jdbc.sql("""
				update outgoing_mail set attempts = 0, next_attempt_at = null
				where sent_at is null and attempts >= :max""")
			.param("max", MAX_ATTEMPTS)
			.update();
	}

	static String masked(String address) {
		int at = address.indexOf('@');
		return at <= 0 ? "***" : address.charAt(0) + "***" + address.substring(at);
	}

}
