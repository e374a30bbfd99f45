package org.gongkai.annualreport;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbers as report texts write them, in digits or in Chinese numerals (GB/T 15835-2011). */
class ChineseNumeralsTests {

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource({ "20, 20", "59237.2449, 59237.2449", "〇, 0", "零, 0", "一, 1", "两, 2", "十, 10", "十五, 15", "二十, 20",
			"四十一, 41", "九十九, 99", "一百, 100", "一百零五, 105", "一百一十, 110", "两百, 200", "三千, 3000",
			"两千三百, 2300", "一千零一, 1001", "九千九百九十九, 9999", "一二, 12" })
	void readsTheNumber(String text, BigDecimal value) {
		assertThat(ChineseNumerals.value(text)).isEqualByComparingTo(value);
	}

}
