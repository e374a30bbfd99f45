package org.gongkai.publishing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gongkai.platform.ResidentIdNumber;
import org.gongkai.platform.WordMatcher;

/**
 * 保密审查 before publication (OGI art. 17): finds resident ID numbers (with a valid GB 11643 check character),
 * mobile phone numbers, bank card numbers (16–19 digits passing the Luhn check), e-mail addresses and the words of a
 * configurable sensitive-word list, in the body and in the text of each attached file. A finding blocks publication
 * unless a reviewer overrides it with a reason.
 */
public final class ConfidentialityCheck {

	private final WordMatcher sensitiveWords;

	public ConfidentialityCheck(Collection<String> sensitiveWords) {
		this.sensitiveWords = WordMatcher.of(sensitiveWords);
	}

	/** What was found in a text: the kind, the text itself (to show it inline) and where it starts. */
	public record Finding(Kind kind, String text, int position) {

		/** What kind of thing was found. */
		public enum Kind {

			/** 居民身份证号码. */
			ID_NUMBER,
			/** 手机号码. */
			MOBILE_NUMBER,
			/** 银行卡号. */
			BANK_CARD,
			/** 电子邮箱. */
			EMAIL,
			/** 敏感词. */
			SENSITIVE_WORD

		}

	}

	/** What was found in an attached file, named by its file name so the reviewer sees where. */
	public record FileFinding(String fileName, Finding finding) {
	}

	/**
	 * Every finding in the text of each attached file (by file name), file by file in the order given, each file's in
	 * order of position: a file is published with the document and is checked like its body (OGI art. 17).
	 */
	public List<FileFinding> checkFiles(java.util.Map<String, String> textsByFileName) {
		List<FileFinding> findings = new ArrayList<>();
		textsByFileName.forEach((fileName, text) -> check(text).forEach(f -> findings.add(new FileFinding(fileName, f))));
		return findings;
	}

	/**
	 * Every finding in the plain text, in order of position. The text is read in a few passes of constant work per
	 * character (issue 22: the regular expressions this replaced took quadratic time on long runs of letters, and a
	 * 200,000-character draft held a thread for minutes); the sensitive words, however many, are found in one more
	 * pass ({@link WordMatcher}; bench/confidentiality-check times 10,000 words over a 20,000-character draft).
	 */
	public List<Finding> check(String text) {
		return text == null ? new ArrayList<>() : check((CharSequence) text);
	}

	/** The same over any characters; a test counts the characters it reads. */
	List<Finding> check(CharSequence text) {
		List<Finding> findings = new ArrayList<>();
		if (text.isEmpty()) {
			return findings;
		}
		List<int[]> digitRuns = runs(text, ConfidentialityCheck::isDigit);
		Set<String> found = new HashSet<>();
		for (int[] token : runs(text, ConfidentialityCheck::isAsciiLetterOrDigit)) {
			String candidate = text.subSequence(token[0], token[1]).toString();
			if (isIdNumberShape(candidate) && ResidentIdNumber.isValid(candidate)) {
				findings.add(new Finding(Finding.Kind.ID_NUMBER, candidate, token[0]));
				found.add(candidate);
			}
		}
		for (int[] run : digitRuns) {
			if (run[1] - run[0] == 11 && text.charAt(run[0]) == '1' && text.charAt(run[0] + 1) >= '3') {
				String mobile = text.subSequence(run[0], run[1]).toString();
				findings.add(new Finding(Finding.Kind.MOBILE_NUMBER, mobile, run[0]));
				found.add(mobile);
			}
		}
		for (int[] run : digitRuns) {
			int length = run[1] - run[0];
			if (length >= 16 && length <= 19) {
				String card = text.subSequence(run[0], run[1]).toString();
				if (luhn(card) && found.add(card)) {
					findings.add(new Finding(Finding.Kind.BANK_CARD, card, run[0]));
				}
			}
		}
		emails(text, findings);
		findings.addAll(sensitiveWords(text));
		findings.sort(java.util.Comparator.comparingInt(Finding::position));
		return findings;
	}

	/**
	 * The occurrences of the sensitive words; as a search from left to right for each word would find them, an
	 * occurrence of a word that overlaps the one before of the same word is left out (a word 密密 is found
	 * once in 密密密). By position, and at one position in the order of the list.
	 */
	private List<Finding> sensitiveWords(CharSequence text) {
		List<WordMatcher.Match> matches = sensitiveWords.find(text);
		matches.sort(java.util.Comparator.comparingInt(WordMatcher.Match::position)
			.thenComparingInt(WordMatcher.Match::word));
		int[] freeFrom = new int[sensitiveWords.words().size()];
		List<Finding> findings = new ArrayList<>();
		for (WordMatcher.Match match : matches) {
			String word = sensitiveWords.words().get(match.word());
			if (match.position() >= freeFrom[match.word()]) {
				findings.add(new Finding(Finding.Kind.SENSITIVE_WORD, word, match.position()));
				freeFrom[match.word()] = match.position() + word.length();
			}
		}
		return findings;
	}

	/** The maximal runs of characters of a class, as {@code [start, end)} pairs. */
	private static List<int[]> runs(CharSequence text, java.util.function.IntPredicate member) {
		List<int[]> runs = new ArrayList<>();
		int length = text.length();
		for (int i = 0; i < length;) {
			if (!member.test(text.charAt(i))) {
				i++;
				continue;
			}
			int start = i;
			while (i < length && member.test(text.charAt(i))) {
				i++;
			}
			runs.add(new int[] { start, i });
		}
		return runs;
	}

	/** Seventeen digits and a digit or X (GB 11643), standing alone between characters that are not letters or digits. */
	private static boolean isIdNumberShape(String token) {
		if (token.length() != 18) {
			return false;
		}
		for (int i = 0; i < 17; i++) {
			if (!isDigit(token.charAt(i))) {
				return false;
			}
		}
		char last = token.charAt(17);
		return isDigit(last) || last == 'X' || last == 'x';
	}

	/**
	 * E-mail addresses, {@code local@domain.tld}: for each {@code @}, the run of address characters before it (not
	 * reaching back into the address found before) and, after it, the domain up to the last dot that is followed by
	 * two letters or more. Each {@code @} reads only the characters between its neighbours, so the whole is linear.
	 */
	private static void emails(CharSequence text, List<Finding> findings) {
		int length = text.length();
		int previousEnd = 0;
		for (int at = next(text, '@', 0); at >= 0; at = next(text, '@', at + 1)) {
			int start = at;
			while (start > previousEnd && isLocal(text.charAt(start - 1))) {
				start--;
			}
			int domainEnd = at + 1;
			while (domainEnd < length && isDomain(text.charAt(domainEnd))) {
				domainEnd++;
			}
			if (start == at) {
				continue;
			}
			int end = -1;
			for (int dot = domainEnd - 3; dot > at + 1 && end < 0; dot--) {
				if (text.charAt(dot) == '.' && isAsciiLetter(text.charAt(dot + 1)) && isAsciiLetter(text.charAt(dot + 2))) {
					end = dot + 3;
					while (end < domainEnd && isAsciiLetter(text.charAt(end))) {
						end++;
					}
				}
			}
			if (end > 0) {
				findings.add(new Finding(Finding.Kind.EMAIL, text.subSequence(start, end).toString(), start));
				previousEnd = end;
			}
		}
	}

	private static int next(CharSequence text, char c, int from) {
		for (int i = from; i < text.length(); i++) {
			if (text.charAt(i) == c) {
				return i;
			}
		}
		return -1;
	}

	private static boolean isDigit(int c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isAsciiLetter(int c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	private static boolean isAsciiLetterOrDigit(int c) {
		return isDigit(c) || isAsciiLetter(c);
	}

	private static boolean isLocal(char c) {
		return isAsciiLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
	}

	private static boolean isDomain(char c) {
		return isAsciiLetterOrDigit(c) || c == '.' || c == '-';
	}

	/** The Luhn (mod 10) check of bank card numbers (ISO/IEC 7812). */
	static boolean luhn(String digits) {
		int sum = 0;
		boolean twice = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (twice) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			twice = !twice;
		}
		return sum % 10 == 0;
	}

}
