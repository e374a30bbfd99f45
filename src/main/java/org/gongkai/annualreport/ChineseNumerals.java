package org.gongkai.annualreport;

import java.math.BigDecimal;

/**
 * A whole number as a report's text may write it: in Arabic digits ("20", "59237.2449") or in Chinese numerals,
 * which GB/T 15835-2011《出版物上数字用法》 admits in running text ("二十", "一百零五", "两千三百", "十五"; written
 * digit by digit without units, "一二" is 12).
 */
final class ChineseNumerals {

	/** The characters of a Chinese numeral up to 9,999. */
	static final String CHARACTERS = "〇零一二两三四五六七八九十百千";

	/** A number in either form, as one regular-expression group; the Chinese form is whole numbers only. */
	static final String NUMBER = "(\\d+(?:\\.\\d+)?|[" + CHARACTERS + "]+)";

	private static final String DIGITS = "〇一二三四五六七八九";

	private ChineseNumerals() {
	}

	/** The value of {@code text}, a match of {@link #NUMBER}. */
	static BigDecimal value(String text) {
		if (Character.isDigit(text.charAt(0)) && text.charAt(0) < 128) {
			return new BigDecimal(text);
		}
		boolean positional = text.chars().noneMatch(c -> c == '十' || c == '百' || c == '千');
		long total = 0;
		long current = 0;
		for (char c : text.toCharArray()) {
			int unit = switch (c) {
				case '十' -> 10;
				case '百' -> 100;
				case '千' -> 1000;
				default -> 0;
			};
			if (unit > 0) {
				total += (current == 0 ? 1 : current) * unit;
				current = 0;
			}
			else {
				long digit = digit(c);
				current = positional ? current * 10 + digit : digit;
			}
		}
		return BigDecimal.valueOf(total + current);
	}

	private static long digit(char c) {
		return switch (c) {
			case '零' -> 0;
			case '两' -> 2;
			default -> DIGITS.indexOf(c);
		};
	}

}
