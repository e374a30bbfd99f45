package org.gongkai.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.gongkai.platform.Crypto;

/**
 * The MAC of an entry covers every field and the MAC of the entry before it: HMAC-SHA256, or HMAC-SM3 with
 * {@code gongkai.crypto=sm} ({@link Crypto}), with the audit key, which lives outside the database ({@link AuditKey});
 * the head records which suite the chain was written with, and {@link AuditRekeying} re-chains it when that changes. Whoever can write the database but not read the key can neither
 * edit an entry nor recompute the chain after it. {@link #unkeyed} is the plain SHA-256 of the entries written before
 * the chain was keyed, used once to check them before they are re-keyed.
 */
final class AuditChain {

	static final String GENESIS = "0".repeat(64);

	private final byte[] key;

	private final Crypto.Suite suite;

	AuditChain(byte[] key, Crypto.Suite suite) {
		this.key = key.clone();
		this.suite = suite;
	}

	/** The suite this chain's MACs are computed with. */
	Crypto.Suite suite() {
		return suite;
	}

	/** The same key with another suite: the chain as it was written before a switch. */
	AuditChain with(Crypto.Suite other) {
		return new AuditChain(key, other);
	}

	String hash(String previousHash, long id, Instant occurredAt, String actor, String agencyCode, String action,
			String subject, String summary) {
		return mac(canonical(previousHash, id, occurredAt, actor, agencyCode, action, subject, summary));
	}

	/** The MAC of the head: which entry is the last, and its MAC. */
	String head(long lastId, String lastHash) {
		return mac("head\u001f" + lastId + "\u001f" + lastHash);
	}

	static String unkeyed(String previousHash, long id, Instant occurredAt, String actor, String agencyCode,
			String action, String subject, String summary) {
		return Crypto.digest(Crypto.Suite.STANDARD, canonical(previousHash, id, occurredAt, actor, agencyCode, action, subject, summary));
	}

	private String mac(String text) {
		return Crypto.mac(suite, key, text);
	}

	private static String canonical(String previousHash, long id, Instant occurredAt, String actor,
			String agencyCode, String action, String subject, String summary) {
		return String.join("\u001f", previousHash, Long.toString(id),
				occurredAt.truncatedTo(ChronoUnit.MICROS).toString(), actor, agencyCode == null ? "" : agencyCode,
				action, subject, summary);
	}

}
