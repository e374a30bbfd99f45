package org.gongkai.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.platform.ResidentIdNumber;
import org.gongkai.publishing.ConfidentialityCheck.Finding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The confidentiality check reads each character a bounded number of times (issue 22, item 8: its regular expressions
 * took quadratic time, and a 200,000-character draft held a thread for minutes), and finds exactly what those
 * expressions found. The reads are counted, not timed; bench/confidentiality-check prints a timing.
 */
class ConfidentialityCheckLinearTests {

	private static final List<String> WORDS = List.of("内部资料", "不得外传", "绝密");

	private final ConfidentialityCheck check = new ConfidentialityCheck(WORDS);

	/** Characters counted as they are read. */
	private static final class Counted implements CharSequence {

		private final String text;

		long reads;

		Counted(String text) {
			this.text = text;
		}

		@Override
		public int length() {
			return text.length();
		}

		@Override
		public char charAt(int index) {
			reads++;
			return text.charAt(index);
		}

		@Override
		public CharSequence subSequence(int start, int end) {
			reads += end - start;
			return text.subSequence(start, end);
		}

		@Override
		public String toString() {
			return text;
		}

	}

	/** Drafts that made the old expressions backtrack: long runs of address characters with and without an @. */
	private static List<String> adversarial(int length) {
		return List.of("a".repeat(length), "a@" + "a".repeat(length - 2), "a@" + "a.".repeat(length / 2 - 1),
				"1".repeat(length), ("6222021234567890128 ").repeat(length / 20), ("x@y" + "-".repeat(50)).repeat(length / 53),
				"a".repeat(length / 2) + "@" + "b".repeat(length / 2 - 5) + ".com", "内部资".repeat(length / 3));
	}

	@Test
	void readsEachCharacterOfAdversarialDraftsABoundedNumberOfTimes() {
		int length = 200_000;
		for (String draft : adversarial(length)) {
			Counted counted = new Counted(draft);
			check.check(counted);
			// a few passes plus one per letter of the longest sensitive word; a backtracking match reads n² / 2
			assertThat(counted.reads).as("reads of a %s-character draft starting %s", draft.length(),
					draft.substring(0, 10))
				.isLessThan(20L * draft.length());
		}
	}

	@Test
	void findsTheAddressesAndNumbersAtTheEndOfAHugeRun() {
		String draft = "a".repeat(100_000) + " 联系 help@example.gov.cn，电话13800138000；" + "b".repeat(100_000) + "@x.org";
		assertThat(check.check(draft)).extracting(Finding::kind, Finding::text)
			.containsExactly(org.assertj.core.api.Assertions.tuple(Finding.Kind.EMAIL, "help@example.gov.cn"),
					org.assertj.core.api.Assertions.tuple(Finding.Kind.MOBILE_NUMBER, "13800138000"),
					org.assertj.core.api.Assertions.tuple(Finding.Kind.EMAIL, "b".repeat(100_000) + "@x.org"));
	}

	@Test
	void findsWhatTheRegularExpressionsFoundOnRandomText() {
		Random random = new Random(22);
		String[] pieces = { "a", "Z", "x", "X", "0", "1", "3", "8", "9", "@", ".", "-", "_", "+", " ", "，", "内部资料", "绝密",
				"13800138000", "11010519491231002X", "6222021234567890128", "help@example.gov.cn", ".cn", "com", "a.b",
				"@@", "..", "1@2.3", "q@w.e", "6217000000000000004" };
		for (int round = 0; round < 3000; round++) {
			StringBuilder text = new StringBuilder();
			int parts = 1 + random.nextInt(25);
			for (int i = 0; i < parts; i++) {
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			String draft = text.toString();
			assertThat(check.check(draft)).as(draft).isEqualTo(RegularExpressions.check(draft, WORDS));
		}
	}

	/** The check as it was before issue 22, kept as the specification of what it finds. */
	private static final class RegularExpressions {

		private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[\\dXx](?![0-9A-Za-z])");

		private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

		private static final Pattern CARD = Pattern.compile("(?<!\\d)\\d{16,19}(?!\\d)");

		private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

		static List<Finding> check(String text, List<String> words) {
			List<Finding> findings = new ArrayList<>();
			find(ID_NUMBER, text, findings, Finding.Kind.ID_NUMBER, ResidentIdNumber::isValid);
			find(MOBILE, text, findings, Finding.Kind.MOBILE_NUMBER, match -> true);
			find(CARD, text, findings, Finding.Kind.BANK_CARD, match -> ConfidentialityCheck.luhn(match)
					&& findings.stream().noneMatch(f -> f.text().equals(match)));
			find(EMAIL, text, findings, Finding.Kind.EMAIL, match -> true);
			for (String word : words) {
				for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
					findings.add(new Finding(Finding.Kind.SENSITIVE_WORD, word, at));
				}
			}
			findings.sort(java.util.Comparator.comparingInt(Finding::position));
			return findings;
		}

		private static void find(Pattern pattern, String text, List<Finding> into, Finding.Kind kind,
				java.util.function.Predicate<String> accept) {
			Matcher matcher = pattern.matcher(text);
			while (matcher.find()) {
				if (accept.test(matcher.group())) {
					into.add(new Finding(kind, matcher.group(), matcher.start()));
				}
			}
		}

	}

}
