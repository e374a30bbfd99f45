package org.gongkai.publishing;

import org.gongkai.platform.DomainException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** GB/T 9704-2012 §7.2.5 on real document numbers. */
class DocumentNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "鄂州华容政规〔2025〕1号", "国办函〔2020〕109号", "国办发明电〔2024〕12号", "高政发〔2021〕1号",
			"国办公开办函〔2021〕30号" })
	@DisplayName("代字〔年份〕序号号")
	void acceptsNumbersInTheStandardsForm(String number) {
		assertThat(DocumentNumber.isValid(number)).isTrue();
		assertThat(DocumentNumber.parse("documentNumber", number).toString()).isEqualTo(number);
	}

	@ParameterizedTest
	@ValueSource(strings = { "国办函[2020]109号", "国办函（2020）109号", "国办函〔2020〕第109号", "国办函〔2020〕01号",
			"国办函〔20〕109号", "国办函〔2020〕109", "〔2020〕109号", "" })
	@DisplayName("方括号、圆括号、“第”、虚位 0 都不合规")
	void refusesWhatTheStandardForbids(String number) {
		assertThat(DocumentNumber.isValid(number)).isFalse();
		assertThatThrownBy(() -> DocumentNumber.parse("documentNumber", number))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("documentNumber"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "鄂州华容政规〔2025〕1号" })
	void splitsIntoIssuerYearAndSerial(String number) {
		assertThat(DocumentNumber.parse("documentNumber", number))
			.isEqualTo(new DocumentNumber("鄂州华容政规", 2025, 1));
	}

}
