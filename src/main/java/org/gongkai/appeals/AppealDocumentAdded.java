package org.gongkai.appeals;

import org.gongkai.audit.AuditableEvent;

/** A document (decision, judgment) was added to a case; the hash ties the audit record to the exact bytes. */
public record AppealDocumentAdded(long appealId, long documentId, String agencyCode, String fileName,
		String mediaType, long size, String sha256, String actor) implements AuditableEvent {

	@Override
	public String action() {
		return "APPEAL_DOCUMENT_ADDED";
	}

	@Override
	public String subject() {
		return "appeal:" + appealId;
	}

	@Override
	public String summary() {
		return "document=" + documentId + ", file=" + fileName + ", type=" + mediaType + ", bytes=" + size
				+ ", sha256=" + sha256;
	}

}
