package org.gongkai.publishing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.platform.DomainException;

/**
 * 发文字号 by GB/T 9704-2012 §7.2.5: 发文机关代字 + the full year in 六角括号 〔〕 + the serial number without "第" and
 * without leading zeros + 号, e.g. 鄂州华容政规〔2025〕1号, 国办函〔2020〕109号. Square brackets, round brackets,
 * "第" and "01" are refused.
 */
public record DocumentNumber(String issuerCode, int year, int serial) {

	private static final Pattern FORM = Pattern.compile("([^〔〕\\[\\]()（）\\s]+)〔(\\d{4})〕([1-9]\\d*)号");

	/** Parses a number as typed; a number not in the standard's form is refused for the field. */
	public static DocumentNumber parse(String field, String text) {
		String typed = text == null ? "" : text.strip();
		Matcher matcher = FORM.matcher(typed);
		if (!matcher.matches() || typed.contains("第")) {
			throw DomainException.invalid(field, "publishing.documentNumber.format", typed);
		}
		return new DocumentNumber(matcher.group(1), Integer.parseInt(matcher.group(2)),
				Integer.parseInt(matcher.group(3)));
	}

	public static boolean isValid(String text) {
		try {
			parse("documentNumber", text);
			return true;
		}
		catch (DomainException e) {
			return false;
		}
	}

	@Override
	public String toString() {
		return issuerCode + "〔" + year + "〕" + serial + "号";
	}

}
