package org.gongkai.assistant;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The words a quarter or more of an agency's item names write (退役 and 军人 for a 退役军人事务局, 医疗 for a
 * 医疗保障局): they say which agency was asked, not what is asked of it. A question that wraps another department's
 * matter in them (退役军人家庭生活困难想申请低保, 退役军人的孩子上小学怎么报名) is near every item of the agency in meaning,
 * and is looked up in the table of remits without them as well ({@link Remits#elsewhere(String, List, float[], float[],
 * double)}). The names are the items' own, not the 常用说法 staff add: a question taught as one is no name.
 */
final class OwnWords {

	/** The share of an agency's item names that must write a word for it to be one of its own. */
	static final double SHARE = 0.25;

	/** The fewest names that must write it: in a catalogue of a few items every word would be its own. */
	static final int FEWEST = 3;

	private OwnWords() {
	}

	/**
	 * The words that at least {@link #SHARE} of the names, and {@link #FEWEST}, write.
	 * @param words a name's content words
	 */
	static Set<String> of(List<String> itemNames, Function<String, List<String>> words) {
		Map<String, Integer> written = new HashMap<>();
		for (String name : itemNames) {
			new HashSet<>(words.apply(name)).forEach(word -> written.merge(word, 1, Integer::sum));
		}
		Set<String> own = new HashSet<>();
		written.forEach((word, names) -> {
			if (names >= Math.max(FEWEST, SHARE * itemNames.size())) {
				own.add(word);
			}
		});
		return Set.copyOf(own);
	}

	/** The text without the words, longest first (医疗保险 before 医疗). */
	static String without(String text, Set<String> own) {
		String left = text;
		for (String word : own.stream()
			.sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
			.toList()) {
			left = left.replace(word, "");
		}
		return left;
	}

}
