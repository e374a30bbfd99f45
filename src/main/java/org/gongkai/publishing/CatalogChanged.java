package org.gongkai.publishing;

import org.gongkai.audit.AuditableEvent;

/** A column of an agency's catalog was added, renamed, moved, reclassified or removed. */
public record CatalogChanged(String agencyCode, String action, String columnCode, String detail, String actor)
		implements AuditableEvent {

	@Override
	public String subject() {
		return "column:" + columnCode;
	}

	@Override
	public String summary() {
		return detail;
	}

}
