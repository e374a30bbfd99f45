package org.gongkai.audit;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keys the entries written before the chain was keyed (migration V57): checks them with the plain SHA-256 they were
 * written with, then recomputes every hash with the key; and re-chains them when {@code gongkai.crypto} was switched
 * (checked with the suite the head records, recomputed with this node's). Runs once, in the transaction of the first append (or the
 * start) that finds the head without its MAC; the entry that {@link AuditLog} then appends says whether the unkeyed
 * chain held, so a break found here stays on record instead of being washed out by the re-keying.
 */
@Component
class AuditRekeying {

	private static final Logger log = LoggerFactory.getLogger(AuditRekeying.class);

	private final JdbcClient jdbc;

	private final AuditChain chain;

	AuditRekeying(JdbcClient jdbc, AuditChain chain) {
		this.jdbc = jdbc;
		this.chain = chain;
	}

	/** What the re-keying found. */
	record Result(long entries, Long firstBrokenEntry, long lastId, String lastHash) {
	}

	/** Re-keys every entry; the caller holds the chain's lock. */
	Result rekey() {
		Result result = recompute(AuditChain::unkeyed);
		if (result.firstBrokenEntry() != null) {
			log.error("The audit chain written before it was keyed was broken at entry {}; it is keyed as found, and "
					+ "its entry AUDIT_CHAIN_KEYED records the break", result.firstBrokenEntry());
		}
		else {
			log.info("Keyed the {} audit entries written before the audit key", result.entries());
		}
		return result;
	}

	/**
	 * Re-chains every entry written with the suite of {@code old} with this node's suite ({@code gongkai.crypto} was
	 * switched), checking each with the MAC it was written with; the caller holds the chain's lock, and the whole
	 * re-chaining is one transaction, so that a switch killed midway leaves the chain as it was.
	 */
	Result rechain(AuditChain old) {
		Result result = recompute(old::hash);
		if (result.firstBrokenEntry() != null) {
			log.error("The audit chain written with {} was broken at entry {}; it is re-chained with {} as found, and "
					+ "its entry AUDIT_CHAIN_RECHAINED records the break", old.suite(), result.firstBrokenEntry(),
					chain.suite());
		}
		else {
			log.info("Re-chained the {} audit entries from {} to {}", result.entries(), old.suite(), chain.suite());
		}
		return result;
	}

	/** How an entry's hash was computed before: from the previous hash and the entry's fields. */
	@FunctionalInterface
	interface OldHash {

		String hash(String previousHash, long id, java.time.Instant occurredAt, String actor, String agencyCode,
				String action, String subject, String summary);

	}

	private Result recompute(OldHash oldHash) {
		List<Object[]> rows = new ArrayList<>();
		jdbc.sql("""
				select id, occurred_at, actor, agency_code, action, subject, summary, prev_hash, hash
				from audit_entry order by id""").query(rs -> {
			rows.add(new Object[] { rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
					rs.getString("actor"), rs.getString("agency_code"), rs.getString("action"),
					rs.getString("subject"), rs.getString("summary"), rs.getString("prev_hash"), rs.getString("hash") });
		});
		String oldPrevious = AuditChain.GENESIS;
		String newPrevious = AuditChain.GENESIS;
		Long broken = null;
		long lastId = 0;
		for (Object[] row : rows) {
			long id = (Long) row[0];
			java.time.Instant at = (java.time.Instant) row[1];
			String unkeyed = oldHash.hash(oldPrevious, id, at, (String) row[2], (String) row[3],
					(String) row[4], (String) row[5], (String) row[6]);
			if (broken == null && (id != lastId + 1 || !oldPrevious.equals(row[7]) || !unkeyed.equals(row[8]))) {
				broken = id;
			}
			String keyed = chain.hash(newPrevious, id, at, (String) row[2], (String) row[3], (String) row[4],
					(String) row[5], (String) row[6]);
			jdbc.sql("update audit_entry set prev_hash = :prev, hash = :hash where id = :id")
				.param("prev", newPrevious)
				.param("hash", keyed)
				.param("id", id)
				.update();
			oldPrevious = (String) row[8];
			newPrevious = keyed;
			lastId = id;
		}
		return new Result(rows.size(), broken, lastId, newPrevious);
	}

	/** The entry that records a re-chaining to another suite. */
	record Rechained(Result result, String from, String to) implements PlatformEvent {

		@Override
		public String action() {
			return "AUDIT_CHAIN_RECHAINED";
		}

		@Override
		public String subject() {
			return "audit-chain";
		}

		@Override
		public String summary() {
			return "entries=" + result.entries() + ", " + from + " -> " + to
					+ (result.firstBrokenEntry() == null ? ", chain held"
							: ", chain broken at entry " + result.firstBrokenEntry());
		}

	}

	/** The entry that records the re-keying. */
	record Keyed(Result result) implements PlatformEvent {

		@Override
		public String action() {
			return "AUDIT_CHAIN_KEYED";
		}

		@Override
		public String subject() {
			return "audit-chain";
		}

		@Override
		public String summary() {
			return "entries=" + result.entries() + (result.firstBrokenEntry() == null ? ", unkeyed chain held"
					: ", unkeyed chain broken at entry " + result.firstBrokenEntry());
		}

	}

}
