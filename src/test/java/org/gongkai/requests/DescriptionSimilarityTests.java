package org.gongkai.requests;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DescriptionSimilarityTests {

	@Test
	void theSameRequestInOtherWordsIsSimilar() {
		assertThat(DescriptionSimilarity.of("示例区某局2025年部门预算", "示例区某局2025年度部门预算。"))
			.isGreaterThanOrEqualTo(DescriptionSimilarity.SIMILAR);
	}

	@Test
	void differentRequestsAreNot() {
		assertThat(DescriptionSimilarity.of("示例区某局2025年部门预算", "某道路改造工程的施工许可批复文件"))
			.isLessThan(DescriptionSimilarity.SIMILAR);
		assertThat(DescriptionSimilarity.of("", "预算")).isZero();
	}

}
