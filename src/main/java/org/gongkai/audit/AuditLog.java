package org.gongkai.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Appends an entry for every auditable event, and reads and verifies the chain. */
@Service
public class AuditLog {

	/** Serialises writers so that each entry links to the one before it, on one node or many. */
	private static final long CHAIN_LOCK = 0x6175646974L;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(AuditableEvent event) {
		append(event);
	}

	private void append(AuditableEvent event) {
		jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", CHAIN_LOCK).query().singleValue();
		var head = jdbc.sql("select last_id, last_hash from audit_head")
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.optional();
		long id = head.map(h -> (Long) h[0] + 1).orElse(1L);
		String previous = head.map(h -> (String) h[1]).orElse(AuditChain.GENESIS);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		String hash = AuditChain.hash(previous, id, now, event.actor(), event.agencyCode(), event.action(),
				event.subject(), event.summary());
		jdbc.sql("""
				insert into audit_entry (id, occurred_at, actor, agency_code, action, subject, summary, prev_hash, hash)
				values (:id, :at, :actor, :agency, :action, :subject, :summary, :prev, :hash)""")
			.param("id", id)
			.param("at", java.sql.Timestamp.from(now))
			.param("actor", event.actor())
			.param("agency", event.agencyCode())
			.param("action", event.action())
			.param("subject", event.subject())
			.param("summary", event.summary())
			.param("prev", previous)
			.param("hash", hash)
			.update();
		jdbc.sql("""
				insert into audit_head (singleton, last_id, last_hash) values (true, :id, :hash)
				on conflict (singleton) do update set last_id = excluded.last_id, last_hash = excluded.last_hash""")
			.param("id", id)
			.param("hash", hash)
			.update();
	}

	/** A page of entries, newest first: those with an id below {@code beforeId}. */
	public List<AuditEntry> recent(int limit, long beforeId) {
		return jdbc.sql("""
				select id, occurred_at, actor, agency_code, action, subject, summary from audit_entry
				where id < :before order by id desc limit :limit""")
			.param("before", beforeId)
			.param("limit", limit)
			.query(AuditLog::entry)
			.list();
	}

	/**
	 * A page of the entries of these agencies only, newest first: what an agency's administrator may read (issue 22).
	 * Platform-wide entries (without an agency) are left out.
	 */
	public List<AuditEntry> recent(int limit, long beforeId, java.util.Collection<String> agencyCodes) {
		if (agencyCodes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select id, occurred_at, actor, agency_code, action, subject, summary from audit_entry
				where id < :before and agency_code in (:agencies) order by id desc limit :limit""")
			.param("before", beforeId)
			.param("agencies", agencyCodes)
			.param("limit", limit)
			.query(AuditLog::entry)
			.list();
	}

	/**
	 * Re-computes every hash in order. An edited row breaks its own hash; a deleted row breaks the link of the one
	 * after it; entries cut off the end no longer reach the recorded head.
	 */
	@Transactional(readOnly = true)
	public ChainVerification verify() {
		String[] previous = { AuditChain.GENESIS };
		long[] expectedId = { 1 };
		long[] count = { 0 };
		Long[] broken = { null };
		jdbc.sql("""
				select id, occurred_at, actor, agency_code, action, subject, summary, prev_hash, hash
				from audit_entry order by id""").query(rs -> {
			long id = rs.getLong("id");
			count[0]++;
			if (broken[0] == null) {
				String recomputed = AuditChain.hash(previous[0], id, rs.getTimestamp("occurred_at").toInstant(),
						rs.getString("actor"), rs.getString("agency_code"), rs.getString("action"),
						rs.getString("subject"), rs.getString("summary"));
				if (id != expectedId[0] || !previous[0].equals(rs.getString("prev_hash"))
						|| !recomputed.equals(rs.getString("hash"))) {
					broken[0] = id;
				}
			}
			previous[0] = rs.getString("hash");
			expectedId[0] = id + 1;
		});
		if (broken[0] == null) {
			var head = jdbc.sql("select last_id, last_hash from audit_head")
				.query((rs, row) -> new Object[] { rs.getLong(1), rs.getString(2) })
				.optional();
			boolean headHolds = head.map(h -> (Long) h[0] == expectedId[0] - 1 && h[1].equals(previous[0]))
				.orElse(count[0] == 0);
			if (!headHolds) {
				broken[0] = expectedId[0];
			}
		}
		return new ChainVerification(count[0], broken[0] == null, broken[0]);
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				rs.getString("agency_code"), rs.getString("action"), rs.getString("subject"),
				rs.getString("summary"));
	}

}
