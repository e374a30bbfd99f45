package org.gongkai.assistant;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A question written in traditional characters, as askers from Hong Kong, Macao and Taiwan and many Cantonese speakers
 * write (我想開間私立學校，要去邊度申請牌照), read in the simplified characters the guides, the dictionary and the index
 * use: one character for one (assistant/traditional.tsv, generated once with ICU4J's Hant-Hans transliterator).
 * Characters that simplified text writes too (著, 乾, 於, 後) are left as they are, so a simplified question is never
 * changed.
 */
final class Simplified {

	private static final Map<Character, Character> SIMPLIFIED = load();

	private Simplified() {
	}

	/** The text with each traditional character replaced by its simplified one. */
	static String of(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			Character simplified = SIMPLIFIED.get(text.charAt(i));
			if (simplified != null) {
				if (out == null) {
					out = new StringBuilder(text);
				}
				out.setCharAt(i, simplified);
			}
		}
		return out == null ? text : out.toString();
	}

	private static Map<Character, Character> load() {
		Map<Character, Character> simplified = new HashMap<>();
		try (var in = Simplified.class.getResourceAsStream("/assistant/traditional.tsv");
				var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.lines().filter(line -> !line.startsWith("#") && line.contains("\t")).forEach(line -> {
				String[] parts = line.split("\t");
				parts[1].chars().forEach(c -> simplified.put((char) c, parts[0].charAt(0)));
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Map.copyOf(simplified);
	}

}
