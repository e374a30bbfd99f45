package org.gongkai.publishing;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.AgencyDirectory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's 示例区某局 gives the figures of table 二 of its real 2025 report (../shared/seed). */
@IntegrationTest
class PublishingStatisticsTests {

	@Autowired
	PublishingStatistics statistics;

	@Autowired
	AgencyDirectory agencies;

	@Test
	void demoBureau2025MatchesTheSeedReport() {
		var figures = statistics.of(agencies.findByCode("demo-bureau").orElseThrow().id(), 2025);
		assertThat(figures.publishedCount()).isEqualTo(41);
		assertThat(figures.rules()).isEqualTo(new PublishingStatistics.Counts(0, 0, 0));
		assertThat(figures.normativeDocuments()).isEqualTo(new PublishingStatistics.Counts(0, 0, 1));
	}

}
