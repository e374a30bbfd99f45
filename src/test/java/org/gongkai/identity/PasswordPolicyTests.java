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

}
