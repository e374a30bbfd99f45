package org.gongkai.search;

import org.gongkai.audit.AuditableEvent;

/** Staff added a group of synonyms to the search, or removed one. */
public record SearchSynonymsChanged(String words, String how, String actor) implements AuditableEvent {

	@Override
	public String agencyCode() {
		return null;
	}

	@Override
	public String action() {
		return "SEARCH_SYNONYMS_" + how;
	}

	@Override
	public String subject() {
		return "search-synonyms:" + words;
	}

	@Override
	public String summary() {
		return words;
	}

}
