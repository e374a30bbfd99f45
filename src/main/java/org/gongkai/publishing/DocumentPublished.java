package org.gongkai.publishing;

import org.gongkai.audit.AuditableEvent;

/** A document went live (or a new version of it); the site renders it, search and the assistant index it. */
public record DocumentPublished(long documentId, String agencyCode, String indexNumber, String title, int revision,
		String overrideReason, String actor) implements AuditableEvent {

	@Override
	public String action() {
		return "DOCUMENT_PUBLISHED";
	}

	@Override
	public String subject() {
		return "document:" + indexNumber;
	}

	@Override
	public String summary() {
		return "revision=" + revision + ", title=" + title
				+ (overrideReason == null ? "" : ", confidentiality findings overridden: " + overrideReason);
	}

}
