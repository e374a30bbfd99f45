package org.gongkai.assistant;

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
 * double)}).
 */
final class OwnWords {

	/** The share of an agency's item names that must write a word for it to be one of its own. */
	static final double SHARE = 0.25;

	private OwnWords() {
	}

	/**
	 * The words of two characters or more that at least {@link #SHARE} of the names write.
	 * @param words a text's analysed words ({@link KnowledgeIndex#tokens})
	 */
	static Set<String> of(List<String> itemNames, Function<String, List<String>> words) {
		Map<String, Integer> written = new HashMap<>();
		for (String name : itemNames) {
			new HashSet<>(words.apply(name)).forEach(word -> written.merge(word, 1, Integer::sum));
		}
		Set<String> own = new HashSet<>();
		written.forEach((word, names) -> {
			if (word.length() >= 2 && names >= SHARE * itemNames.size()) {
				own.add(word);
			}
		});
		return own;
	}

	/** The text without the words, longest first (医疗保险 before 医疗). */
	static String without(String text, Set<String> own) {
		String left = text;
		for (String word : own.stream().sorted((a, b) -> b.length() - a.length()).toList()) {
			left = left.replace(word, "");
		}
		return left;
	}

}
