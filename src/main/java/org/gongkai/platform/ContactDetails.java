package org.gongkai.platform;

import java.util.regex.Pattern;

/**
 * How the public can be reached: a mainland mobile number (11 digits from 13–19) or a fixed line with its area code,
 * and an e-mail address. Shared by every form that must be able to reply.
 */
public final class ContactDetails {

	private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private ContactDetails() {
	}

	public static boolean isPhone(String value) {
		return value != null && PHONE.matcher(value.strip()).matches();
	}

	public static boolean isEmail(String value) {
		return value != null && EMAIL.matcher(value.strip()).matches();
	}

	/** A run of digits, spaces and hyphens long enough to be a phone number. */
	private static final Pattern NUMBER = Pattern.compile("\\d[\\d -]{5,}\\d");

	/**
	 * Every phone number in a text masked as 138****5678 (the first 3 and last 4 digits kept), the rest as it is:
	 * the one masking of phone numbers that lists, ledgers, dashboards and exports show to staff (issue 18 part 7).
	 */
	public static String maskPhones(String text) {
		if (text == null) {
			return "";
		}
		java.util.regex.Matcher matcher = NUMBER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String digits = matcher.group().replaceAll("[ -]", "");
			String masked = digits.length() < 7 ? "*".repeat(digits.length())
					: digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
			matcher.appendReplacement(out, masked);
		}
		matcher.appendTail(out);
		return out.toString();
	}

}
