package org.gongkai.interaction;

import org.gongkai.audit.AuditableEvent;

/**
 * A consultation, proposal, finding, training record or complaint was created or moved on; the audit log records
 * it.
 *
 * @param subject {@code consultation:ZX-…}, {@code proposal:id}, {@code finding:id}, {@code training:id},
 * {@code complaint:id}
 */
public record InteractionChanged(String actor, String agencyCode, String action, String subject, String summary)
		implements AuditableEvent {
}
