package org.gongkai.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** GB 11643-1999 公民身份号码: check character and date of birth. */
class ResidentIdNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "11010519491231002X", "11010519491231002x", "420703198506150017", "420703200002290032" })
	void acceptsWellFormedNumbers(String number) {
		assertThat(ResidentIdNumber.isValid(number)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "110105194912310021", "11010519491231002", "1101051949123100X2", "" })
	void refusesWrongCheckCharactersLengthsAndDates(String number) {
		assertThat(ResidentIdNumber.isValid(number)).isFalse();
	}

	/** Each has a correct check character: only its date of birth is impossible. */
	@ParameterizedTest
	@ValueSource(strings = { "42070320010229003X", "420703200102300031", "420703180006150015" })
	void refusesImpossibleDatesOfBirth(String number) {
		assertThat(ResidentIdNumber.checkCharacter(number.substring(0, 17))).isEqualTo(number.charAt(17));
		assertThat(ResidentIdNumber.isValid(number)).isFalse();
	}

	@Test
	void computesTheCheckCharacterOfTheStandardsExample() {
		assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
	}

}
