package org.gongkai.publishing;

import org.gongkai.audit.AuditableEvent;

/** A published document was taken down; its page becomes a withdrawal notice. */
public record DocumentWithdrawn(long documentId, String agencyCode, String indexNumber, String reason, String actor)
		implements AuditableEvent {

	@Override
	public String action() {
		return "DOCUMENT_WITHDRAWN";
	}

	@Override
	public String subject() {
		return "document:" + indexNumber;
	}

	@Override
	public String summary() {
		return "reason=" + reason;
	}

}
