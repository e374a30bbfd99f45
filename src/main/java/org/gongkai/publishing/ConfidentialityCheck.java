package org.gongkai.publishing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.platform.ResidentIdNumber;

/**
 * 保密审查 before publication (OGI art. 17): finds resident ID numbers (with a valid GB 11643 check character),
 * mobile phone numbers, bank card numbers (16–19 digits passing the Luhn check), e-mail addresses and the words of a
 * configurable sensitive-word list. A finding blocks publication unless a reviewer overrides it with a reason.
 */
public final class ConfidentialityCheck {

	private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[\\dXx](?![0-9A-Za-z])");

	private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

	private static final Pattern CARD = Pattern.compile("(?<!\\d)\\d{16,19}(?!\\d)");

	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

	private final List<String> sensitiveWords;

	public ConfidentialityCheck(Collection<String> sensitiveWords) {
		this.sensitiveWords = sensitiveWords.stream().map(String::strip).filter(word -> !word.isEmpty()).toList();
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

	/** Every finding in the plain text, in order of position. */
	public List<Finding> check(String text) {
		List<Finding> findings = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return findings;
		}
		find(ID_NUMBER, text, findings, Finding.Kind.ID_NUMBER, ResidentIdNumber::isValid);
		find(MOBILE, text, findings, Finding.Kind.MOBILE_NUMBER, match -> true);
		find(CARD, text, findings, Finding.Kind.BANK_CARD,
				match -> luhn(match) && findings.stream().noneMatch(f -> f.text().equals(match)));
		find(EMAIL, text, findings, Finding.Kind.EMAIL, match -> true);
		for (String word : sensitiveWords) {
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
