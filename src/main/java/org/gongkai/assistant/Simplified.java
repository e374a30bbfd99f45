package org.gongkai.assistant;

import java.util.Map;

/**
 * A question written in traditional characters, as askers from Hong Kong, Macao and Taiwan and many Cantonese speakers
 * write (我想開間私立學校，要去邊度申請牌照), read in the simplified characters the guides, the dictionary and the index
 * use: one character for one (assistant/traditional.tsv, generated once with ICU4J's Hant-Hans transliterator).
 * Characters that simplified text writes too (著, 乾, 藉, 徵) are left as they are; 後 and 於, which it hardly writes,
 * are read as 后 and 于. A simplified question is changed only where it writes one of the few traditional characters
 * that simplified usage keeps for a word of its own (瞭望 becomes 了望), which no guide's search depends on.
 */
final class Simplified {

	private static final Map<Character, String> SIMPLIFIED = CharacterTable.load("/assistant/traditional.tsv");

	private Simplified() {
	}

	/** The text with each traditional character replaced by its simplified one. */
	static String of(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			String simplified = SIMPLIFIED.get(text.charAt(i));
			if (simplified != null) {
				if (out == null) {
					out = new StringBuilder(text);
				}
				out.setCharAt(i, simplified.charAt(0));
			}
		}
		return out == null ? text : out.toString();
	}

}
