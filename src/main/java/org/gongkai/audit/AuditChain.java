package org.gongkai.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.gongkai.platform.Sha256;

/**
 * The MAC of an entry covers every field and the MAC of the entry before it: HMAC-SHA256 with the audit key, which
 * lives outside the database ({@link AuditKey}). Whoever can write the database but not read the key can neither
 * edit an entry nor recompute the chain after it. {@link #unkeyed} is the plain SHA-256 of the entries written before
 * the chain was keyed, used once to check them before they are re-keyed.
 */
final class AuditChain {

	static final String GENESIS = "0".repeat(64);

	private final SecretKeySpec key;

	AuditChain(byte[] key) {
		this.key = new SecretKeySpec(key, "HmacSHA256");
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
		return Sha256.hex(canonical(previousHash, id, occurredAt, actor, agencyCode, action, subject, summary));
	}

	private String mac(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
		}
	}

	private static String canonical(String previousHash, long id, Instant occurredAt, String actor,
			String agencyCode, String action, String subject, String summary) {
		return String.join("\u001f", previousHash, Long.toString(id),
				occurredAt.truncatedTo(ChronoUnit.MICROS).toString(), actor, agencyCode == null ? "" : agencyCode,
				action, subject, summary);
	}

}
