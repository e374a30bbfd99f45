package org.gongkai.assistant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The normalisation dictionary: how people write (口语、方言、错别字) mapped to the words service guides use, the
 * shipped entries (assistant/terms.tsv) and those staff added. Longer variants are replaced first; an entry is
 * skipped where its standard term is already written, so 执照 → 营业执照 leaves 营业执照 alone. An entry whose variant
 * is its own standard term keeps the shorter entries out of it: 土地使用权续期 stays as it is, where 续期 alone means
 * a residence permit's 签注.
 */
final class Terms {

	/** One entry: a way of writing and the standard term it means. */
	record Term(String variant, String standard) {
	}

	private final List<Term> terms;

	Terms(List<Term> terms) {
		this.terms = terms.stream()
			.filter(t -> t.variant() != null && !t.variant().isBlank() && t.standard() != null)
			.sorted(Comparator.comparingInt((Term t) -> t.variant().length()).reversed())
			.toList();
	}

	/** The shipped entries, assistant/terms.tsv. */
	static List<Term> shipped() {
		try (var in = Terms.class.getResourceAsStream("/assistant/terms.tsv")) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
				.filter(line -> !line.startsWith("#") && line.contains("\t"))
				.map(line -> line.split("\t"))
				.map(parts -> new Term(parts[0].strip(), parts[1].strip()))
				.toList();
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** The variants and the standard terms, which a question's words are corrected towards. */
	List<String> words() {
		return terms.stream().flatMap(t -> java.util.stream.Stream.of(t.variant(), t.standard())).distinct().toList();
	}

	List<Term> all() {
		return terms;
	}

	/** The text with every variant replaced by its standard term. */
	String normalise(String text) {
		StringBuilder out = new StringBuilder(text);
		List<int[]> replaced = new ArrayList<>();
		for (Term term : terms) {
			int from = 0;
			while (true) {
				int at = out.indexOf(term.variant(), from);
				if (at < 0) {
					break;
				}
				int end = at + term.variant().length();
				if (overlaps(replaced, at, end)) {
					from = at + 1;
					continue;
				}
				if (term.variant().equals(term.standard())) {
					replaced.add(new int[] { at, end });
					from = end;
					continue;
				}
				if (standardAround(out, at, end, term.standard())) {
					from = at + 1;
					continue;
				}
				out.replace(at, end, term.standard());
				int delta = term.standard().length() - term.variant().length();
				for (int[] span : replaced) {
					if (span[0] >= end) {
						span[0] += delta;
						span[1] += delta;
					}
				}
				replaced.add(new int[] { at, at + term.standard().length() });
				from = at + term.standard().length();
			}
		}
		return out.toString();
	}

	private static boolean overlaps(List<int[]> spans, int from, int to) {
		return spans.stream().anyMatch(s -> from < s[1] && to > s[0]);
	}

	/** Whether the standard term is already written over the variant's place (营业执照 around 执照). */
	private static boolean standardAround(CharSequence text, int from, int to, String standard) {
		int start = Math.max(0, to - standard.length());
		int stop = Math.min(text.length(), from + standard.length());
		return text.subSequence(start, stop).toString().contains(standard);
	}

}
