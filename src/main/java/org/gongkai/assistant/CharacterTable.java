package org.gongkai.assistant;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A table of characters shipped as a resource (assistant/pinyin.tsv, assistant/traditional.tsv): lines
 * {@code key<TAB>characters}, comments starting with #, read into what each character is listed under (the first
 * key, when a character is listed under several).
 */
final class CharacterTable {

	private CharacterTable() {
	}

	static Map<Character, String> load(String resource) {
		Map<Character, String> keys = new HashMap<>();
		try (var in = CharacterTable.class.getResourceAsStream(resource);
				var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.lines().filter(line -> !line.startsWith("#") && line.contains("\t")).forEach(line -> {
				String[] parts = line.split("\t");
				parts[1].chars().forEach(c -> keys.putIfAbsent((char) c, parts[0]));
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Map.copyOf(keys);
	}

}
