package org.gongkai.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.gongkai.platform.Sha256;

/** The hash of an entry covers every field and the hash of the entry before it. */
final class AuditChain {

	static final String GENESIS = "0".repeat(64);

	private AuditChain() {
	}

	static String hash(String previousHash, long id, Instant occurredAt, String actor, String agencyCode,
			String action, String subject, String summary) {
		String canonical = String.join("\u001f", previousHash, Long.toString(id),
				occurredAt.truncatedTo(ChronoUnit.MICROS).toString(), actor, agencyCode == null ? "" : agencyCode,
				action, subject, summary);
		return Sha256.hex(canonical);
	}

}
