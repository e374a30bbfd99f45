package org.gongkai.requests;

import java.math.BigDecimal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 国办函〔2020〕109号: both schedules, excess-progressive, one per application. */
class ProcessingFeeTests {

	@ParameterizedTest(name = "the {0}th application of the month costs {1} 元")
	@CsvSource(textBlock = """
			1, 0
			10, 0
			11, 100
			30, 100
			31, 200
			40, 200
			41, 300
			50, 300
			51, 400
			""")
	@DisplayName("art. 4 按件计收: 1–10 free, 11–30 ¥100, then +¥100 per band of 10")
	void perApplication(int rank, int yuan) {
		assertThat(ProcessingFee.quote(FeeSchedule.PER_APPLICATION, rank).amountYuan())
			.isEqualByComparingTo(BigDecimal.valueOf(yuan));
	}

	@Test
	void aMonthOfThirtyFiveApplicationsCostsThreeThousand() {
		assertThat(ProcessingFee.monthTotal(35)).isEqualByComparingTo("3000");
		assertThat(ProcessingFee.monthTotal(30)).isEqualByComparingTo("2000");
		assertThat(ProcessingFee.monthTotal(10)).isEqualByComparingTo("0");
	}

	@ParameterizedTest(name = "{0} pages cost {1} 元")
	@CsvSource(textBlock = """
			0, 0
			30, 0
			31, 10
			100, 700
			101, 720
			200, 2700
			201, 2740
			2219, 83460
			""")
	@DisplayName("art. 5 按量计收: 1–30 free, 31–100 ¥10, 101–200 ¥20, 201+ ¥40 per page (2219 pages: a real Xi'an notice)")
	void perPage(int pages, int yuan) {
		assertThat(ProcessingFee.quote(FeeSchedule.PER_PAGE, pages).amountYuan())
			.isEqualByComparingTo(BigDecimal.valueOf(yuan));
	}

	@Test
	void refusesImpossibleQuantities() {
		assertThatThrownBy(() -> ProcessingFee.quote(FeeSchedule.PER_APPLICATION, 0))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ProcessingFee.quote(FeeSchedule.PER_PAGE, -1))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
