package org.gongkai.dictionaries;

import java.util.List;

/**
 * A dictionary's admin page as the shared template shows it: its message keys, where its form posts and with which
 * field names, the entries staff added and the shipped ones, whether the reader may change it, and what its form
 * starts with (a question from the assistant's log of questions, say; none for an empty form).
 */
public record DictionaryPage(Dictionary dictionary, String path, String termParam, String valueParam,
		List<Word> added, List<Word> shipped, boolean edits, String draftTerm) {

	/** The page of a dictionary at {@code /admin/dictionaries/<code>}, its form posting {@code term} and {@code value}. */
	public static DictionaryPage of(Dictionaries dictionaries, Dictionary dictionary, boolean edits) {
		return of(dictionaries, dictionary, edits, "/admin/dictionaries/" + dictionary.code(), "term", "value");
	}

	/** The page of a dictionary at a module's own address, with that module's field names. */
	public static DictionaryPage of(Dictionaries dictionaries, Dictionary dictionary, boolean edits, String path,
			String termParam, String valueParam) {
		return new DictionaryPage(dictionary, path, termParam, valueParam, dictionaries.added(dictionary),
				dictionary.shipped(), edits, null);
	}

	/** The page with its form's term filled in (blank: left empty). */
	public DictionaryPage drafting(String term) {
		String draft = term == null || term.isBlank() ? null : term.strip();
		return new DictionaryPage(dictionary, path, termParam, valueParam, added, shipped, edits, draft);
	}

	/** Where a removal of the entry posts. */
	public String removal(Word word) {
		return path + "/" + word.id() + "/removal";
	}

}
