package org.gongkai.requests;

import java.util.HashSet;
import java.util.Set;

/**
 * How alike two descriptions of requested information are: the Jaccard index of their character bigrams, which suits
 * Chinese text without a segmenter. Used to show possible duplicates (OGI art. 36 (六)) beside an application.
 */
final class DescriptionSimilarity {

	/** From this index on, two descriptions are shown as similar. */
	static final double SIMILAR = 0.5;

	private DescriptionSimilarity() {
	}

	static double of(String a, String b) {
		Set<String> first = bigrams(a);
		Set<String> second = bigrams(b);
		if (first.isEmpty() || second.isEmpty()) {
			return 0;
		}
		Set<String> common = new HashSet<>(first);
		common.retainAll(second);
		Set<String> all = new HashSet<>(first);
		all.addAll(second);
		return (double) common.size() / all.size();
	}

	private static Set<String> bigrams(String text) {
		String letters = text == null ? "" : text.replaceAll("[\\s\\p{Punct}，。、；：“”‘’（）《》【】？！]", "");
		Set<String> grams = new HashSet<>();
		for (int i = 0; i + 1 < letters.length(); i++) {
			grams.add(letters.substring(i, i + 2));
		}
		return grams;
	}

}
