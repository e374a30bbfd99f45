package org.gongkai.assistant;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The toneless pinyin of the 6763 common characters of GB 2312 (assistant/pinyin.tsv, generated once with ICU4J's
 * Han-Latin transliterator, one reading per character), for telling a homophone typo (居柱证) from a different word.
 */
final class Pinyin {

	private static final Map<Character, String> READINGS = load();

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

	private static Map<Character, String> load() {
		Map<Character, String> readings = new HashMap<>();
		try (var in = Pinyin.class.getResourceAsStream("/assistant/pinyin.tsv");
				var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.lines().filter(line -> !line.startsWith("#") && line.contains("\t")).forEach(line -> {
				String[] parts = line.split("\t");
				parts[1].chars().forEach(c -> readings.putIfAbsent((char) c, parts[0]));
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return readings;
	}

}
