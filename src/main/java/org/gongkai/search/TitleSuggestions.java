package org.gongkai.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Did you mean": a part of the query that matches nothing is compared with the titles that share most of its
 * character pairs, and replaced by the stretch of title closest to it (one character off for short words, two for
 * longer ones) — 政务公幵 becomes 政务公开. A stretch is whole words of the title as smartcn cuts it, neither
 * beginning nor ending with a particle or conjunction (财政预算, never 财政预算及). The suggestion is only made when it
 * finds something for the same reader.
 * The same for every engine: each answers the few questions below ({@link Titles}) within the reader's filters.
 */
final class TitleSuggestions {

	/** Titles whose stretches are compared. */
	static final int CANDIDATE_TITLES = 50;

	private TitleSuggestions() {
	}

	/** What an engine tells the suggester, always within the search's filters and the reader's audience. */
	interface Titles {

		/** Whether this part of the query alone finds anything. */
		boolean partMatches(QueryText.Part part);

		/** Whether this whole text finds anything. */
		boolean textMatches(String text);

		/** The character pairs of a word, as titles are indexed. */
		List<String> grams(String word);

		/** The titles (at most {@code limit}, best first) sharing at least {@code minimum} of these pairs. */
		List<String> sharing(List<String> grams, int minimum, int limit);

	}

	static String suggest(SearchQuery search, Titles titles) {
		List<String> corrected = new ArrayList<>();
		boolean changed = false;
		for (QueryText.Part part : QueryText.parse(search.text()).parts()) {
			String better = part.quoted() || titles.partMatches(part) ? null : closestInTitles(titles, part.text());
			corrected.add(better != null ? better : part.quoted() ? "\"" + part.text() + "\"" : part.text());
			changed |= better != null;
		}
		String suggestion = String.join(" ", corrected);
		return changed && titles.textMatches(suggestion) ? suggestion : null;
	}

	private static String closestInTitles(Titles titles, String word) {
		List<String> grams = titles.grams(word);
		if (grams.isEmpty()) {
			return null;
		}
		List<String> distinct = grams.stream().distinct().toList();
		int allowed = word.codePointCount(0, word.length()) <= 4 ? 1 : 2;
		Map<String, Integer> found = new HashMap<>();
		for (String title : titles.sharing(distinct, Math.max(1, grams.size() - 2), CANDIDATE_TITLES)) {
			stretches(title, word.length()).stream()
				.filter(stretch -> distance(stretch, word) > 0 && distance(stretch, word) <= allowed)
				.forEach(stretch -> found.merge(stretch, 1, Integer::sum));
		}
		return found.entrySet()
			.stream()
			.min(java.util.Comparator.comparingInt((Map.Entry<String, Integer> e) -> distance(e.getKey(), word))
				.thenComparing(e -> -e.getValue())
				.thenComparing(Map.Entry::getKey))
			.map(Map.Entry::getKey)
			.orElse(null);
	}

	/**
	 * Every run of whole words of the title of about the word's length (two characters either way), without
	 * punctuation or spaces, that neither begins nor ends with a {@link #PARTICLES particle}.
	 */
	static List<String> stretches(String title, int length) {
		List<int[]> words = words(title);
		List<String> stretches = new ArrayList<>();
		for (int first = 0; first < words.size(); first++) {
			for (int last = first; last < words.size(); last++) {
				int from = words.get(first)[0];
				int to = words.get(last)[1];
				if (to - from > length + 2) {
					break;
				}
				String stretch = title.substring(from, to);
				if (to - from >= Math.max(1, length - 2) && stretch.codePoints().allMatch(Character::isLetterOrDigit)
						&& !PARTICLES.contains(title.substring(words.get(first)[0], words.get(first)[1]))
						&& !PARTICLES.contains(title.substring(words.get(last)[0], words.get(last)[1]))) {
					stretches.add(stretch);
				}
			}
		}
		return stretches;
	}

	/** Words that neither begin nor end a suggestion. */
	static final java.util.Set<String> PARTICLES = java.util.Set.of("及", "和", "与", "的", "之", "或", "等", "并", "对",
			"在", "于", "为", "了", "是", "由", "将", "把", "被", "从", "向", "就", "以", "及其", "以及", "关于", "有关", "其");

	private static final org.apache.lucene.analysis.Analyzer WORDS =
			new org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer();

	/** Where smartcn's words of the title start and end. */
	private static List<int[]> words(String title) {
		List<int[]> words = new ArrayList<>();
		try (org.apache.lucene.analysis.TokenStream stream = WORDS.tokenStream("title", title)) {
			var offsets = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				words.add(new int[] { offsets.startOffset(), offsets.endOffset() });
			}
			stream.end();
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return words;
	}

	/** Levenshtein distance. */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
