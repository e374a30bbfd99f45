package org.gongkai.publishing;

import org.gongkai.audit.AuditableEvent;

/**
 * An entry of the ledger of rules and normative documents was abolished, amended or renewed, or ran out: audited, and
 * the document's published page re-rendered with its new status.
 */
public record NormativeDocumentChanged(String agencyCode, String action, long entryId, Long documentId, String title,
		String detail, String actor) implements AuditableEvent {

	@Override
	public String subject() {
		return "normative:" + entryId;
	}

	@Override
	public String summary() {
		return "title=" + title + "; " + detail;
	}

}
