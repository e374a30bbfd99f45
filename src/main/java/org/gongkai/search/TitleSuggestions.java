package org.gongkai.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Did you mean": a part of the query that matches nothing is compared with the titles that share most of its
 * character pairs, and replaced by the stretch of title closest to it (one character off for short words, two for
 * longer ones) — 政务公幵 becomes 政务公开. The suggestion is only made when it finds something for the same reader.
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

	/** Every stretch of the title of about the word's length, without punctuation or spaces. */
	private static List<String> stretches(String title, int length) {
		List<String> stretches = new ArrayList<>();
		for (int size = Math.max(1, length - 1); size <= length + 1; size++) {
			for (int from = 0; from + size <= title.length(); from++) {
				String stretch = title.substring(from, from + size);
				if (stretch.codePoints().allMatch(Character::isLetterOrDigit)) {
					stretches.add(stretch);
				}
			}
		}
		return stretches;
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
