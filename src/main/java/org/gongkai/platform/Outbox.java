package org.gongkai.platform;

import java.sql.Timestamp;
import java.time.Clock;
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

	private static final int MAX_ATTEMPTS = 10;

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
				where sent_at is null and attempts < :max order by id limit 50 for update skip locked""")
			.param("max", MAX_ATTEMPTS)
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
				jdbc.sql("update outgoing_mail set attempts = attempts + 1, last_error = :error where id = :id")
					.param("error", e.getMessage())
					.param("id", mail[0])
					.update();
			}
		}
	}

}
