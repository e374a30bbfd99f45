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

}
