package org.gongkai.publishing;

import org.gongkai.audit.AuditableEvent;

/**
 * A step of a document's writing and review other than its publication and withdrawal (drafted, edited, submitted,
 * sent back, scheduled, unscheduled, an attachment added or removed): recorded in the audit log.
 */
public record DocumentChanged(long documentId, String agencyCode, String action, String title, String actor,
		String detail) implements AuditableEvent {

	@Override
	public String subject() {
		return "document:" + documentId;
	}

	@Override
	public String summary() {
		return detail == null ? "title=" + title : "title=" + title + "; " + detail;
	}

}
