package org.gongkai.identity;

import org.gongkai.platform.DomainException;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (no I, O, S, V, Z), the last a check
 * character over the first 17 with weights 3^i mod 31.
 */
public final class UnifiedSocialCreditCode {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private UnifiedSocialCreditCode() {
	}

	public static boolean isValid(String code) {
		if (code == null || code.length() != 18) {
			return false;
		}
		for (int i = 0; i < 18; i++) {
			if (ALPHABET.indexOf(code.charAt(i)) < 0) {
				return false;
			}
		}
		return code.charAt(17) == checkCharacter(code.substring(0, 17));
	}

	/** The check character for the first 17 characters of a code. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return ALPHABET.charAt((31 - sum % 31) % 31);
	}

	/** Upper-cases and checks a code that a user typed; throws an invalid-input rejection for the field. */
	public static String require(String field, String code) {
		String normalised = code.strip().toUpperCase(java.util.Locale.ROOT);
		if (!isValid(normalised)) {
			throw DomainException.invalid(field, "identity.creditCode.invalid", code);
		}
		return normalised;
	}

}
