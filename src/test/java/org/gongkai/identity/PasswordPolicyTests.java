package org.gongkai.identity;

import org.gongkai.platform.DomainException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTests {

	@ParameterizedTest
	@ValueSource(strings = { "short1", "onlyletterslong", "1234567890123", "zhangsan123" })
	void refusesWeakPasswords(String password) {
		assertThatThrownBy(() -> PasswordPolicy.check("password", "zhangsan123", password))
			.isInstanceOf(DomainException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Gongkai-2026", "政务公开abc12345" })
	void acceptsLongMixedPasswords(String password) {
		assertThatCode(() -> PasswordPolicy.check("password", "zhangsan", password)).doesNotThrowAnyException();
	}

	/** Issue 22: long enough, letters and digits, and among the first guesses of an attacker. */
	@ParameterizedTest
	@ValueSource(strings = { "Password12", "PASSWORD2024", "p@ssw0rd2026", "P@ssw0rd!2026", "Qwerty123456", "2024qwerty!",
			"1qaz2wsx3edc", "Woaini1314520", "zxcvbnm2025", "Admin888888", "abc123456789", "a123456789", "Iloveyou2024",
			"zhangsan2026", "Beijing2008!" })
	void refusesCommonPasswords(String password) {
		assertThatThrownBy(() -> PasswordPolicy.check("password", "zhangsan", password))
			.isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("messageKey", "identity.password.common");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Huangshan-Pine-2026", "xk7Rq2mZ9w", "Test-Admin-2026" })
	void acceptsUncommonPasswords(String password) {
		assertThatCode(() -> PasswordPolicy.check("password", "zhangsan", password)).doesNotThrowAnyException();
	}

}
