package org.gongkai.publishing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.dictionaries.Word;
import org.gongkai.platform.WordMatcher;

/**
 * 错敏词 before publication: wrong or banned expressions, former names and common typos, each with the replacement
 * the reviewer is offered (the dictionary {@code wording}). Where occurrences overlap, the leftmost and then the
 * longest is shown. A suggestion beside the confidentiality findings; it does not block publication.
 */
public final class WordingCheck {

	/** An expression found, the replacement suggested and where it starts in the text. */
	public record Finding(String text, String replacement, int position) {
	}

	private final WordMatcher matcher;

	private final Map<String, String> replacements = new HashMap<>();

	/** From the entries, expression and replacement; for an expression given twice, the first entry counts. */
	WordingCheck(List<Word> entries) {
		entries.forEach(entry -> replacements.putIfAbsent(entry.term().strip(), entry.value()));
		this.matcher = WordMatcher.of(entries.stream().map(Word::term).toList());
	}

	/** The findings in the text, in order of position. */
	List<Finding> check(String text) {
		List<WordMatcher.Match> matches = new ArrayList<>(matcher.find(text));
		matches.sort(java.util.Comparator.comparingInt(WordMatcher.Match::position)
			.thenComparing(m -> -matcher.words().get(m.word()).length()));
		List<Finding> findings = new ArrayList<>();
		int free = 0;
		for (WordMatcher.Match match : matches) {
			String word = matcher.words().get(match.word());
			if (match.position() >= free) {
				findings.add(new Finding(word, replacements.get(word), match.position()));
				free = match.position() + word.length();
			}
		}
		return findings;
	}

}
