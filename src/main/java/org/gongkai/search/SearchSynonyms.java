package org.gongkai.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.dictionaries.Dictionaries;
import org.gongkai.dictionaries.Dictionary;
import org.gongkai.dictionaries.Word;
import org.gongkai.identity.Staff;

import org.springframework.stereotype.Service;

/**
 * The abbreviations and synonyms searches are read with: the shipped groups ({@code search/synonyms.txt}) and those
 * staff add on the back office's page, kept as the dictionary {@value #CODE} of the shared mechanism
 * ({@link Dictionaries}: audited as {@code SEARCH_SYNONYMS_ADDED}/{@code _REMOVED}). A change takes effect on the next
 * search, without a restart or a rebuild (the query is expanded, not the index); another node of a cluster reads the
 * groups again within {@link Dictionaries#FRESH}.
 */
@Service
public class SearchSynonyms {

	static final String CODE = "search-synonyms";

	/** Longest group, in characters. */
	static final int MAX_LENGTH = 200;

	/** A group staff added. */
	public record Entry(long id, String words, String createdBy, Instant createdAt) {
	}

	private final Dictionaries dictionaries;

	private final Dictionary dictionary;

	private final List<List<String>> shipped;

	SearchSynonyms(Dictionaries dictionaries) {
		this.dictionaries = dictionaries;
		this.dictionary = dictionaries.named(CODE);
		this.shipped = Synonyms.shipped();
	}

	/**
	 * The dictionary, defined as a bean: a group is two or more distinct words typed separated by spaces, commas or 、, kept separated
	 * by single spaces.
	 */
	@org.springframework.context.annotation.Bean
	static Dictionary searchSynonymsDictionary() {
		List<Word> shipped = Synonyms.shipped().stream().map(group -> Word.shipped(String.join(" ", group), null)).toList();
		return new Dictionary(CODE, "/admin/search/synonyms", "search", "search.synonyms.title", "search.synonyms.intro",
				"search.synonyms.words", null, "SEARCH_SYNONYMS", "search-synonyms", shipped,
				(typed, value, violations) -> {
					if (!violations.require("words", typed)) {
						return null;
					}
					String group = String.join(" ", Synonyms.words(typed).stream().distinct().toList());
					if (group.indexOf(' ') < 0) {
						violations.add("words", "search.synonyms.twoWords");
					}
					else if (group.length() > MAX_LENGTH) {
						violations.add("words", "search.synonyms.tooLong", MAX_LENGTH);
					}
					return Word.shipped(group, null);
				});
	}

	/** The groups staff added, newest first. */
	public List<Entry> added() {
		return dictionaries.added(dictionary)
			.stream()
			.map(w -> new Entry(w.id(), w.term(), w.createdBy(), w.createdAt()))
			.toList();
	}

	/** Adds a group of two or more words typed separated by spaces, commas or 、. */
	public void add(Staff staff, String typed) {
		dictionaries.add(staff, dictionary, typed, null);
	}

	public void remove(Staff staff, long id) {
		dictionaries.remove(staff, dictionary, id);
	}

	/** The groups as they are now: the shipped ones and staff's. */
	Synonyms current() {
		return dictionaries.current(dictionary, added -> {
			List<List<String>> all = new ArrayList<>(shipped);
			added.forEach(word -> all.add(Synonyms.words(word.term())));
			return new Synonyms(all);
		});
	}

}
