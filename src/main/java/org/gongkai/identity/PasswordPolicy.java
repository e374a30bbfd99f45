package org.gongkai.identity;

import org.gongkai.platform.DomainException;

/**
 * Staff passwords: at least 10 characters, with letters and digits, not the username, and not a common password
 * ({@link CommonPasswords}: {@code Password12} has the length and the digits, and is among the first an attacker
 * tries).
 */
final class PasswordPolicy {

	static final int MINIMUM_LENGTH = 10;

	private PasswordPolicy() {
	}

	static void check(String field, String username, String password) {
		if (password == null || password.length() < MINIMUM_LENGTH || password.length() > 128
				|| password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)
				|| password.equalsIgnoreCase(username)) {
			throw DomainException.invalid(field, "identity.password.weak", MINIMUM_LENGTH);
		}
		if (CommonPasswords.isCommon(password)) {
			throw DomainException.invalid(field, "identity.password.common");
		}
	}

}
