package org.gongkai.identity;

import org.gongkai.platform.DomainException;

/**
 * Staff passwords: at least 10 characters, with letters and digits, not the username, and not a common password
 * ({@link CommonPasswords}: {@code Password12} has the length and the digits, and is among the first an attacker
 * tries). The stronger policy ({@code gongkai.security.password.strong}, issue 19) also asks for three of the four
 * character classes: lower-case letters, upper-case letters, digits and other characters.
 */
final class PasswordPolicy {

	static final int MINIMUM_LENGTH = 10;

	private PasswordPolicy() {
	}

	static void check(String field, String username, String password) {
		check(field, username, password, false);
	}

	static void check(String field, String username, String password, boolean threeClasses) {
		if (password == null || password.length() < MINIMUM_LENGTH || password.length() > 128
				|| password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)
				|| password.equalsIgnoreCase(username)) {
			throw DomainException.invalid(field, "identity.password.weak", MINIMUM_LENGTH);
		}
		if (threeClasses && classes(password) < 3) {
			throw DomainException.invalid(field, "identity.password.classes", MINIMUM_LENGTH);
		}
		if (CommonPasswords.isCommon(password)) {
			throw DomainException.invalid(field, "identity.password.common");
		}
	}

	/** How many of the four classes (lower case, upper case, digits, others) the password uses. */
	static int classes(String password) {
		boolean lower = false;
		boolean upper = false;
		boolean digit = false;
		boolean other = false;
		for (int c : password.codePoints().toArray()) {
			if (Character.isDigit(c)) {
				digit = true;
			}
			else if (Character.isUpperCase(c)) {
				upper = true;
			}
			else if (Character.isLowerCase(c)) {
				lower = true;
			}
			else {
				other = true;
			}
		}
		return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
	}

}
