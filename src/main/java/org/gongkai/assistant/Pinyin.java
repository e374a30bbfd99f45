package org.gongkai.assistant;

import java.util.Map;

/**
 * The toneless pinyin of the 6763 common characters of GB 2312 (assistant/pinyin.tsv, generated once with ICU4J's
 * Han-Latin transliterator, one reading per character), for telling a homophone typo (居柱证) from a different word.
 */
final class Pinyin {

	private static final Map<Character, String> READINGS = CharacterTable.load("/assistant/pinyin.tsv");

	private Pinyin() {
	}

	/** The character's toneless pinyin, or the character itself when it is not a common Han character. */
	static String of(char c) {
		return READINGS.getOrDefault(c, String.valueOf(c));
	}

	/** Whether two characters sound the same, tones aside. */
	static boolean homophones(char a, char b) {
		return a == b || READINGS.containsKey(a) && of(a).equals(of(b));
	}

}
