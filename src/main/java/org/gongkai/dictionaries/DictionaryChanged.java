package org.gongkai.dictionaries;

import org.gongkai.audit.AuditableEvent;

/**
 * Staff added an entry to a dictionary or removed one; the action and subject carry the dictionary's own names
 * ({@code SEARCH_SYNONYMS_ADDED}, {@code assistant-term:嘎嘎证}).
 */
public record DictionaryChanged(String dictionary, String action, String subject, String summary, String actor)
		implements AuditableEvent {

	static DictionaryChanged of(Dictionary dictionary, Word word, String how, String actor) {
		return new DictionaryChanged(dictionary.code(), dictionary.audit() + "_" + how,
				dictionary.subject() + ":" + word.term(),
				word.value() == null ? word.term() : word.term() + " → " + word.value(), actor);
	}

	@Override
	public String agencyCode() {
		return null;
	}

}
