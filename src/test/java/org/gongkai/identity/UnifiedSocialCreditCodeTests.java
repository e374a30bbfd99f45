package org.gongkai.identity;

import org.gongkai.platform.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** GB 32100-2015 check character. */
class UnifiedSocialCreditCodeTests {

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y43", "11429900MB0000101T", "11429900MB00000002" })
	void acceptsWellFormedCodes(String code) {
		assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y44", "91350100M000100Y4", "91350100M000100Y43X", "91350100M0001O0Y43",
			"9135010OM000100Y43", "" })
	void refusesWrongCheckCharactersLengthsAndLetters(String code) {
		assertThat(UnifiedSocialCreditCode.isValid(code)).isFalse();
	}

	@Test
	void computesTheCheckCharacter() {
		assertThat(UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
	}

	@Test
	void normalisesTypedInputAndNamesTheField() {
		assertThat(UnifiedSocialCreditCode.require("creditCode", " 91350100m000100y43 "))
			.isEqualTo("91350100M000100Y43");
		assertThatThrownBy(() -> UnifiedSocialCreditCode.require("creditCode", "123"))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("creditCode"));
	}

}
