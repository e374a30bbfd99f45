package org.gongkai.search;

import org.gongkai.audit.AuditableEvent;

/** An administrator had the search index rebuilt from the database. */
public record IndexRebuildStarted(String actor, long entriesBefore) implements AuditableEvent {

	@Override
	public String agencyCode() {
		return null;
	}

	@Override
	public String action() {
		return "SEARCH_INDEX_REBUILD";
	}

	@Override
	public String subject() {
		return "search-index";
	}

	@Override
	public String summary() {
		return "entries before=" + entriesBefore;
	}

}
