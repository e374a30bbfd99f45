package org.gongkai.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.gongkai.platform.Crypto;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends an entry for every auditable event, and reads and verifies the chain. The entry is written in the
 * transaction of the change it records, just before that commits: it exists exactly when the change does, once, and
 * no crash can leave a change without its entry or replay an entry twice. An event published outside a transaction
 * (a login) is written at once in a transaction of its own. Once committed, an entry is forwarded to syslog when
 * that is set up ({@link SyslogForwarding}).
 */
@Service
public class AuditLog {

	/** Serialises writers so that each entry links to the one before it, on one node or many. */
	private static final long CHAIN_LOCK = 0x6175646974L;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditChain chain;

	private final TransactionTemplate transaction;

	private final AuditRekeying rekeying;

	private final SyslogForwarding syslog;

	AuditLog(JdbcClient jdbc, Clock clock, AuditChain chain, PlatformTransactionManager transactions,
			AuditRekeying rekeying, SyslogForwarding syslog) {
		this.syslog = syslog;
		this.jdbc = jdbc;
		this.clock = clock;
		this.chain = chain;
		this.transaction = new TransactionTemplate(transactions);
		this.rekeying = rekeying;
	}

	/** Keys the entries of an older version at the start, before anything else is appended. */
	@EventListener(ApplicationStartedEvent.class)
	void keyOlderEntries() {
		transaction.executeWithoutResult(status -> lockHead().filter(head -> !chain.head(head.lastId(), head.lastHash())
			.equals(head.mac()))
			.ifPresent(head -> org.slf4j.LoggerFactory.getLogger(AuditLog.class)
				.error("The audit chain's head does not verify with this node's audit key: several nodes must share "
						+ "gongkai.audit-key, and keys/audit-chain.key must be the one the chain was written with")));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(AuditableEvent event) {
		transaction.executeWithoutResult(status -> append(event));
	}

	/** Appends in the caller's transaction, after the entries of every transaction that committed before. */
	private void append(AuditableEvent event) {
		appendAfter(lockHead(), event);
	}

	private void appendAfter(Head head, AuditableEvent event) {
		appendAfter(Optional.of(head), event);
	}

	private void appendAfter(Optional<Head> head, AuditableEvent event) {
		long id = head.map(h -> h.lastId() + 1).orElse(1L);
		String previous = head.map(Head::lastHash).orElse(AuditChain.GENESIS);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		String hash = chain.hash(previous, id, now, event.actor(), event.agencyCode(), event.action(),
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
		writeHead(id, hash);
		if (syslog.enabled()) {
			AuditEntry entry = new AuditEntry(id, now, event.actor(), event.agencyCode(), event.action(),
					event.subject(), event.summary());
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					syslog.forward(entry, hash);
				}
			});
		}
	}

	/**
	 * Takes the chain's lock for the rest of the transaction and reads the head, keying the entries of an older
	 * version first when the head has no MAC yet.
	 */
	private Optional<Head> lockHead() {
		jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", CHAIN_LOCK).query().singleValue();
		Optional<Head> head = readHead();
		if (head.isPresent() && head.get().mac() == null) {
			AuditRekeying.Result result = rekeying.rekey();
			writeHead(result.lastId(), result.lastHash());
			appendAfter(new Head(result.lastId(), result.lastHash(), null, null), new AuditRekeying.Keyed(result));
			head = readHead();
		}
		if (head.isPresent() && !head.get().suite().equals(chain.suite().key())) {
			String from = head.get().suite();
			AuditRekeying.Result result = rekeying.rechain(chain.with(Crypto.Suite.of(from)));
			writeHead(result.lastId(), result.lastHash());
			appendAfter(new Head(result.lastId(), result.lastHash(), null, null),
					new AuditRekeying.Rechained(result, from, chain.suite().key()));
			head = readHead();
		}
		return head;
	}

	private Optional<Head> readHead() {
		return jdbc.sql("select last_id, last_hash, mac, suite from audit_head")
			.query((rs, row) -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.optional();
	}

	private void writeHead(long id, String hash) {
		jdbc.sql("""
				insert into audit_head (singleton, last_id, last_hash, mac, suite) values (true, :id, :hash, :mac, :suite)
				on conflict (singleton) do update
				set last_id = excluded.last_id, last_hash = excluded.last_hash, mac = excluded.mac,
				    suite = excluded.suite""")
			.param("suite", chain.suite().key())
			.param("id", id)
			.param("hash", hash)
			.param("mac", chain.head(id, hash))
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
	 * Re-computes every MAC in order with the key, which the database does not hold. An edited row breaks its own
	 * MAC, even when every MAC after it was recomputed without the key; a deleted row breaks the link of the one after
	 * it; entries cut off the end no longer reach the head, whose own MAC cannot be recomputed either.
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
				String recomputed = chain.hash(previous[0], id, rs.getTimestamp("occurred_at").toInstant(),
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
			boolean headHolds = readHead()
				.map(h -> h.lastId() == expectedId[0] - 1 && h.lastHash().equals(previous[0])
						&& chain.head(h.lastId(), h.lastHash()).equals(h.mac()))
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

	/**
	 * The chain's head row; {@code mac} null while the entries written before the key are not re-keyed; {@code suite}
	 * the suite of {@code gongkai.crypto} the chain was written with.
	 */
	record Head(long lastId, String lastHash, String mac, String suite) {
	}

}
