package org.gongkai.annualreport;

import java.util.List;

import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The golden test: the demo's 示例区某局 (41 items published in 2025, one normative document in force, no
 * applications, no appeals, no administrative statistics) publishes, when the demo is seeded, a 2025 report whose
 * tables equal the seed report's (../shared/seed/example-annual-report-2025.txt) cell by cell, labels and numbers,
 * read from the seed's own layout. The published snapshot is compared because it was computed from the demo's
 * records alone; other test classes register applications of 2025 in 示例区某局 afterwards, which change its draft
 * but, by design, not what was published.
 */
@IntegrationTest
class SeedReportTests {

	@Autowired
	AnnualReports reports;

	@Test
	void demoBureau2025ReproducesTheSeedReportsTables() throws Exception {
		List<List<List<String>>> seed = SeedTables.read("/annualreport/example-annual-report-2025.txt");
		AnnualReport report = reports.versions("demo-bureau", 2025).get(reports.versions("demo-bureau", 2025).size() - 1);
		assertThat(report.version()).isEqualTo(1);
		List<ReportTable> tables = report.tables();
		for (int t = 0; t < 3; t++) {
			List<List<String>> expected = seed.get(t).stream().filter(row -> !row.isEmpty()).toList();
			List<List<String>> actual = SeedTables.of(tables.get(t)).stream().filter(row -> !row.isEmpty()).toList();
			assertThat(actual).as("table %d", t + 2).hasSameSizeAs(expected);
			for (int r = 0; r < expected.size(); r++) {
				assertThat(actual.get(r)).as("table %d row %d", t + 2, r + 1).isEqualTo(expected.get(r));
			}
		}
		assertThat(report.figures().proactive().publishedCount()).isEqualTo(41);
		assertThat(report.figures().proactive().normativeDocuments().inForce()).isEqualTo(1);
	}

	@Test
	void itsNarrativeReadsLikeTheSeedAndItsChecksPassed() {
		AnnualReport report = reports.versions("demo-bureau", 2025).get(reports.versions("demo-bureau", 2025).size() - 1);
		assertThat(report.filled().overview()).contains("累计主动公开各类政务信息共41条");
		assertThat(report.filled().other()).contains("实际收取信息处理费0元");
		assertThat(report.narrative().overview()).contains("{publishedCount}");
		assertThat(report.checks()).filteredOn(check -> check.severity() == Check.Severity.ERROR)
			.allMatch(Check::ok);
		assertThat(report.blocked()).isFalse();
		assertThat(report.failed()).extracting(Check::rule).containsExactly(Check.Rule.LATE);
	}

	@Test
	void itsSixHeadingsArePrintedOnceEachAsInTheSeed() {
		AnnualReport report = reports.versions("demo-bureau", 2025).get(reports.versions("demo-bureau", 2025).size() - 1);
		String body = ReportHtml.body(report);
		for (String heading : ReportHtml.HEADINGS) {
			assertThat(body.split(heading, -1)).as(heading).hasSize(2);
		}
		assertThat(body).doesNotContain("<caption>").contains("aria-labelledby=\"report-section-3\"");
	}

}
