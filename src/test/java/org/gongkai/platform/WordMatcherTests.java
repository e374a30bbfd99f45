package org.gongkai.platform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The multi-word matcher of the dictionaries (issue 19): every occurrence, as a naive scan for each word finds it. */
class WordMatcherTests {

	private static final Comparator<WordMatcher.Match> BY_POSITION = Comparator
		.comparingInt(WordMatcher.Match::position)
		.thenComparingInt(WordMatcher.Match::word);

	@Test
	void findsOverlappingAndNestedWords() {
		WordMatcher matcher = WordMatcher.of(List.of("he", "she", "his", "hers", "内部", "内部资料", "资料", "料"));
		List<WordMatcher.Match> matches = matcher.find("ushers 内部资料");
		assertThat(matches).extracting(m -> matcher.words().get(m.word()) + "@" + m.position())
			.containsExactly("she@1", "he@2", "hers@2", "内部@7", "内部资料@7", "资料@9", "料@10");
	}

	@Test
	void leavesOutEmptyAndRepeatedWordsAndFindsRepeatsOfOneWord() {
		WordMatcher matcher = WordMatcher.of(List.of(" 密密 ", "", "密密", "  "));
		assertThat(matcher.words()).containsExactly("密密");
		assertThat(matcher.find("密密密")).containsExactly(new WordMatcher.Match(0, 0), new WordMatcher.Match(0, 1));
		assertThat(WordMatcher.of(List.of()).find("任何文字")).isEmpty();
	}

	@Test
	void findsWhatANaiveScanFindsWithTenThousandWordsOnRandomText() {
		Random random = new Random(19);
		// a small alphabet so that words share prefixes and suffixes and overlap often
		String alphabet = "机密内部资料秘不得外传ab";
		Set<String> distinct = new LinkedHashSet<>();
		while (distinct.size() < 10_000) {
			distinct.add(randomText(random, alphabet, 1 + random.nextInt(8)));
		}
		List<String> words = new ArrayList<>(distinct);
		WordMatcher matcher = WordMatcher.of(words);
		assertThat(matcher.words()).isEqualTo(words);
		for (int round = 0; round < 50; round++) {
			String text = randomText(random, alphabet + "，。 1", random.nextInt(400));
			List<WordMatcher.Match> found = new ArrayList<>(matcher.find(text));
			found.sort(BY_POSITION);
			assertThat(found).as(text).isEqualTo(naive(words, text));
		}
	}

	@Test
	void readsEachCharacterOnceWhateverTheNumberOfWords() {
		List<String> words = new ArrayList<>();
		for (int i = 0; i < 20_000; i++) {
			words.add("a".repeat(1 + i % 40) + i);
		}
		WordMatcher matcher = WordMatcher.of(words);
		int[] reads = { 0 };
		String text = "a".repeat(50_000);
		CharSequence counted = new CharSequence() {

			@Override
			public int length() {
				return text.length();
			}

			@Override
			public char charAt(int index) {
				reads[0]++;
				return text.charAt(index);
			}

			@Override
			public CharSequence subSequence(int start, int end) {
				throw new UnsupportedOperationException();
			}

		};
		assertThat(matcher.find(counted)).isEmpty();
		assertThat(reads[0]).isEqualTo(text.length());
	}

	private static List<WordMatcher.Match> naive(List<String> words, String text) {
		List<WordMatcher.Match> matches = new ArrayList<>();
		for (int w = 0; w < words.size(); w++) {
			for (int at = text.indexOf(words.get(w)); at >= 0; at = text.indexOf(words.get(w), at + 1)) {
				matches.add(new WordMatcher.Match(w, at));
			}
		}
		matches.sort(BY_POSITION);
		return matches;
	}

	private static String randomText(Random random, String alphabet, int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return text.toString();
	}

}
