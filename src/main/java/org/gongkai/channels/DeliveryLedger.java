package org.gongkai.channels;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.platform.Beijing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The delivery ledger's SQL: one row per channel and version of a document (channel, item, version, attempt,
 * result, response, next attempt). Moves go through {@link DeliveryTransitions#TABLE}.
 */
@Component
class DeliveryLedger {

	private static final String SELECT = """
			select id, channel_id, agency_id, document_id, index_number, title, revision, kind, note, status, attempts,
			       result, response, remote_id, next_attempt_at, created_at, delivered_at
			from delivery""";

	private final JdbcClient jdbc;

	private final Clock clock;

	DeliveryLedger(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records a delivery to make now; answers its id. */
	long enqueue(ChannelSettings channel, long documentId, String indexNumber, String title, int revision,
			DeliveryKind kind, String note) {
		Timestamp now = Timestamp.from(clock.instant());
		return jdbc.sql("""
				insert into delivery (channel_id, agency_id, document_id, index_number, title, revision, kind, note,
				                      status, next_attempt_at, created_at)
				values (:channel, :agency, :document, :index, :title, :revision, :kind, :note, 'PENDING', :now, :now)
				returning id""")
			.param("channel", channel.id())
			.param("agency", channel.agencyId())
			.param("document", documentId)
			.param("index", indexNumber)
			.param("title", title)
			.param("revision", revision)
			.param("kind", kind.name())
			.param("note", note)
			.param("now", now)
			.query(Long.class)
			.single();
	}

	/** The deliveries of enabled channels whose next attempt is due, oldest first. */
	List<Delivery> due(int limit) {
		return jdbc.sql(SELECT + """
				 where status in ('PENDING', 'RETRYING') and next_attempt_at <= :now
				      and channel_id in (select id from channel where enabled) order by next_attempt_at, id
				limit :limit""")
			.param("now", Timestamp.from(clock.instant()))
			.param("limit", limit)
			.query(DeliveryLedger::delivery)
			.list();
	}

	Optional<Delivery> find(long id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(DeliveryLedger::delivery).optional();
	}

	/** The newest deliveries of these agencies, at most {@code limit}. */
	List<Delivery> recent(Collection<Long> agencyIds, int limit) {
		return jdbc.sql(SELECT + " where agency_id in (:agencies) order by id desc limit :limit")
			.param("agencies", agencyIds)
			.param("limit", limit)
			.query(DeliveryLedger::delivery)
			.list();
	}

	/** The deliveries of one document, newest first. */
	List<Delivery> ofDocument(long documentId) {
		return jdbc.sql(SELECT + " where document_id = :document order by id desc")
			.param("document", documentId)
			.query(DeliveryLedger::delivery)
			.list();
	}

	/** Records an attempt's outcome and the move it makes. */
	void recordAttempt(Delivery delivery, Channel.Attempt attempt) {
		Instant now = clock.instant();
		int attempts = delivery.attempts() + 1;
		DeliveryStatus next;
		Instant nextAttempt = null;
		if (attempt.delivered()) {
			next = DeliveryTransitions.TABLE.move(delivery.status(), DeliveryAction.SUCCEED);
		}
		else {
			var wait = Backoff.after(attempts);
			next = DeliveryTransitions.TABLE.move(delivery.status(),
					wait.isPresent() ? DeliveryAction.FAIL : DeliveryAction.GIVE_UP);
			nextAttempt = wait.map(now::plus).orElse(null);
		}
		jdbc.sql("""
				update delivery set status = :status, attempts = :attempts, result = :result, response = :response,
				       remote_id = coalesce(:remote, remote_id), next_attempt_at = :next,
				       delivered_at = case when :delivered then :now else delivered_at end
				where id = :id""")
			.param("status", next.name())
			.param("attempts", attempts)
			.param("result", attempt.result())
			.param("response", attempt.response())
			.param("remote", attempt.remoteId())
			.param("next", nextAttempt == null ? null : Timestamp.from(nextAttempt))
			.param("delivered", attempt.delivered())
			.param("now", Timestamp.from(now))
			.param("id", delivery.id())
			.update();
	}

	/** Puts a delivery back to its first attempt, due now. */
	void resend(Delivery delivery) {
		DeliveryStatus next = DeliveryTransitions.TABLE.move(delivery.status(), DeliveryAction.RESEND);
		jdbc.sql("update delivery set status = :status, attempts = 0, next_attempt_at = :now where id = :id")
			.param("status", next.name())
			.param("now", Timestamp.from(clock.instant()))
			.param("id", delivery.id())
			.update();
	}

	/** The channel's id of the last item of this document it accepted, for taking it down. */
	Optional<String> lastRemoteId(long channelId, long documentId) {
		return jdbc.sql("""
				select remote_id from delivery
				where channel_id = :channel and document_id = :document and status = 'DELIVERED'
				      and kind <> 'WITHDRAWAL' and remote_id is not null
				order by id desc limit 1""")
			.param("channel", channelId)
			.param("document", documentId)
			.query(String.class)
			.optional();
	}

	/** The day (Beijing) each of these channels last accepted a publication or correction. */
	Map<Long, LocalDate> lastDelivered(Collection<Long> channelIds) {
		Map<Long, LocalDate> last = new HashMap<>();
		if (channelIds.isEmpty()) {
			return last;
		}
		jdbc.sql("""
				select channel_id, max(delivered_at) as last from delivery
				where channel_id in (:channels) and status = 'DELIVERED' and kind <> 'WITHDRAWAL'
				group by channel_id""")
			.param("channels", channelIds)
			.query((ResultSet rs) -> {
				last.put(rs.getLong("channel_id"),
						LocalDate.ofInstant(rs.getTimestamp("last").toInstant(), Beijing.ZONE));
			});
		return last;
	}

	private static Delivery delivery(ResultSet rs, int row) throws SQLException {
		return new Delivery(rs.getLong("id"), rs.getLong("channel_id"), rs.getLong("agency_id"),
				rs.getLong("document_id"), rs.getString("index_number"), rs.getString("title"), rs.getInt("revision"),
				DeliveryKind.valueOf(rs.getString("kind")), rs.getString("note"),
				DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("result"),
				rs.getString("response"), rs.getString("remote_id"), instant(rs, "next_attempt_at"),
				instant(rs, "created_at"), instant(rs, "delivered_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
