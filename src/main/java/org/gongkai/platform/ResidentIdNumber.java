package org.gongkai.platform;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * 公民身份号码 (GB 11643-1999): 17 digits (region, date of birth yyyyMMdd, sequence) and a check character computed
 * with the weights 2^(17−i) mod 11 and the map (sum mod 11) → "10X98765432".
 */
public final class ResidentIdNumber {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	private ResidentIdNumber() {
	}

	public static boolean isValid(String number) {
		if (number == null || number.length() != 18) {
			return false;
		}
		String upper = number.toUpperCase(Locale.ROOT);
		for (int i = 0; i < 17; i++) {
			if (!Character.isDigit(upper.charAt(i)) || upper.charAt(i) > '9') {
				return false;
			}
		}
		if (!isBirthDate(upper.substring(6, 14))) {
			return false;
		}
		return upper.charAt(17) == checkCharacter(upper.substring(0, 17));
	}

	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}

	private static boolean isBirthDate(String yyyyMMdd) {
		try {
			int year = Integer.parseInt(yyyyMMdd.substring(0, 4));
			LocalDate.of(year, Integer.parseInt(yyyyMMdd.substring(4, 6)), Integer.parseInt(yyyyMMdd.substring(6, 8)));
			return year >= 1900;
		}
		catch (DateTimeException | NumberFormatException e) {
			return false;
		}
	}

}
