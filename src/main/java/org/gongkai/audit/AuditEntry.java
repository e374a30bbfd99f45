package org.gongkai.audit;

import java.time.Instant;

/** One line of the audit log, as staff read it. */
public record AuditEntry(long id, Instant occurredAt, String actor, String agencyCode, String action,
		String subject, String summary) {
}
