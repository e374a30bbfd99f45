package org.gongkai.assistant;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.dictionaries.Dictionaries;
import org.gongkai.dictionaries.Dictionary;
import org.gongkai.dictionaries.Word;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;

/**
 * The table of which kind of department usually handles a common service item ({@link Remits}): the shipped rows
 * (assistant/remits.tsv) and those staff add on the dictionaries' page, kept as the dictionary {@value #CODE} of the
 * shared mechanism ({@link Dictionaries}: audited as {@code ASSISTANT_REMIT_ADDED}/{@code _REMOVED}). A row staff add
 * for an item the table already lists replaces the shipped one, a row for a new item adds it. The table serves every
 * agency of the platform, so a row names a kind of department (公安机关出入境管理部门), not one office of one district.
 * A department the shipped table names is called by its English name in English; a new one keeps its Chinese name. A
 * change takes effect at the next question on this node, and within {@link Dictionaries#FRESH} on the others.
 */
@Service
class AssistantRemits {

	static final String CODE = "assistant-remits";

	private final Dictionaries dictionaries;

	private final Dictionary dictionary;

	private final Map<String, String> english = new HashMap<>();

	AssistantRemits(Dictionaries dictionaries) {
		this.dictionaries = dictionaries;
		this.dictionary = dictionaries.named(CODE);
		Remits.shipped().forEach(row -> english.putIfAbsent(row[0], row[1]));
	}

	/** The dictionary, defined as a bean: a service item of at most 50 characters, its department of at most 50. */
	@Bean
	static Dictionary assistantRemitsDictionary() {
		List<Word> shipped = Remits.shipped().stream().map(row -> Word.shipped(row[2], row[0])).toList();
		return new Dictionary(CODE, "/admin/dictionaries/" + CODE, "dictionaries", "assistant.remits.title",
				"assistant.remits.intro", "assistant.remits.item", "assistant.remits.department", "ASSISTANT_REMIT",
				"assistant-remit", shipped, Dictionary.plain(50, 50));
	}

	/**
	 * The table as it is now, rows of department, department in English and item; the same list as long as staff
	 * changed nothing (compare it by identity).
	 */
	List<String[]> current() {
		return dictionaries.merged(dictionary, words -> words.stream()
			.map(w -> new String[] { w.value(), english.getOrDefault(w.value(), w.value()), w.term() })
			.toList());
	}

}
