package org.gongkai.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words a search treats as the same (年报 and 年度报告, 低保 and 最低生活保障): groups of equivalent words, applied
 * to the query when it is read (the index is not touched, so a new group works at once). The query's text is cut
 * where it contains a word of a group, longest first from the left; each such stretch then matches any word of its
 * group.
 */
public final class Synonyms {

	/** No synonyms at all. */
	public static final Synonyms NONE = new Synonyms(List.of());

	/** Variants of one text searched at most (the text itself and its rewritings). */
	static final int MAX_VARIANTS = 8;

	/** A stretch of the query's text and the words it also stands for (none for plain text). */
	record Segment(String text, List<String> alternatives) {
	}

	private final Map<String, List<String>> alternatives = new HashMap<>();

	private final int longest;

	/** From groups of equivalent words; a word in two groups stands for the words of both. */
	public Synonyms(List<List<String>> groups) {
		Map<String, Set<String>> merged = new HashMap<>();
		for (List<String> group : groups) {
			List<String> words = group.stream().map(Synonyms::normal).filter(w -> !w.isEmpty()).distinct().toList();
			if (words.size() < 2) {
				continue;
			}
			for (String word : words) {
				Set<String> others = merged.computeIfAbsent(word, w -> new LinkedHashSet<>());
				words.stream().filter(other -> !other.equals(word)).forEach(others::add);
			}
		}
		merged.forEach((word, others) -> alternatives.put(word, List.copyOf(others)));
		this.longest = alternatives.keySet().stream().mapToInt(String::length).max().orElse(0);
	}

	/** The groups of a text with one group a line, words separated by spaces or commas, {@code #} comments. */
	static List<List<String>> parse(String text) {
		List<List<String>> groups = new ArrayList<>();
		for (String line : text.split("\\R")) {
			String content = line.strip();
			if (!content.isEmpty() && !content.startsWith("#")) {
				groups.add(words(content));
			}
		}
		return groups;
	}

	/** The words of one group as typed: separated by spaces, commas or 、. */
	static List<String> words(String group) {
		return Arrays.stream(group.strip().split("[\\s,，、;；]+")).map(String::strip).filter(w -> !w.isEmpty()).toList();
	}

	/** The shipped groups, {@code search/synonyms.txt}. */
	static List<List<String>> shipped() {
		try (InputStream in = Synonyms.class.getResourceAsStream("/search/synonyms.txt")) {
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read search/synonyms.txt", e);
		}
	}

	boolean isEmpty() {
		return alternatives.isEmpty();
	}

	/** The words {@code word} also stands for, none when it is in no group. */
	List<String> of(String word) {
		return alternatives.getOrDefault(normal(word), List.of());
	}

	/** The text cut into plain stretches and stretches that are a word of a group, longest first from the left. */
	List<Segment> segments(String text) {
		List<Segment> segments = new ArrayList<>();
		StringBuilder plain = new StringBuilder();
		int at = 0;
		while (at < text.length()) {
			String found = null;
			for (int end = Math.min(text.length(), at + longest); end > at + 1 && found == null; end--) {
				if (alternatives.containsKey(normal(text.substring(at, end)))) {
					found = text.substring(at, end);
				}
			}
			if (found == null) {
				plain.append(text.charAt(at++));
				continue;
			}
			if (plain.length() > 0) {
				segments.add(new Segment(plain.toString(), List.of()));
				plain.setLength(0);
			}
			segments.add(new Segment(found, of(found)));
			at += found.length();
		}
		if (plain.length() > 0) {
			segments.add(new Segment(plain.toString(), List.of()));
		}
		return segments;
	}

	/**
	 * The text and its rewritings with each group's word replaced by the others (the text itself first, at most
	 * {@link #MAX_VARIANTS}).
	 */
	List<String> variants(String text) {
		if (alternatives.isEmpty()) {
			return List.of(text);
		}
		List<String> variants = List.of("");
		for (Segment segment : segments(text)) {
			List<String> next = new ArrayList<>();
			for (String start : variants) {
				next.add(start + segment.text());
				segment.alternatives().forEach(alternative -> next.add(start + alternative));
			}
			variants = next.size() > MAX_VARIANTS ? next.subList(0, MAX_VARIANTS) : next;
		}
		return variants.stream().sorted(Comparator.comparing(variant -> !variant.equals(text))).toList();
	}

	private static String normal(String word) {
		return word.strip().toLowerCase(Locale.ROOT);
	}

}
