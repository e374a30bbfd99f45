package org.gongkai.annualreport;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.annualreport.Check.Rule;
import org.gongkai.identity.AgencyLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OGI art. 49 (rules.md §1.12): a department publishes the report on 2025 by 31 January 2026, a people's
 * government its own report by 31 March 2026; the LATE check follows the same rule.
 */
class ReportDeadlineTests {

	private static final Narrative PLAIN = new Narrative("", "2025年度累计主动公开各类政府信息共41条。", "", "", "", "", "");

	@Test
	void aDepartmentIsDueOnTheThirtyFirstOfJanuaryAGovernmentOnTheThirtyFirstOfMarch() {
		assertThat(ReportDeadline.dueOn(AgencyLevel.BUREAU, 2025)).isEqualTo(LocalDate.of(2026, 1, 31));
		assertThat(ReportDeadline.dueOn(AgencyLevel.DISTRICT, 2025)).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(ReportDeadline.dueOn(AgencyLevel.CITY, 2025)).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(ReportDeadline.dueOn(AgencyLevel.PROVINCE, 2025)).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(ReportDeadline.dueOn(AgencyLevel.BUREAU, 2027)).isEqualTo(LocalDate.of(2028, 1, 31));
		assertThat(ReportDeadline.dueOn(AgencyLevel.DISTRICT, 2027)).isEqualTo(LocalDate.of(2028, 3, 31));
	}

	@Test
	void aGovernmentPublishingInFebruaryIsOnTimeADepartmentIsLate() {
		LocalDate february = LocalDate.of(2026, 2, 15);
		assertThat(late(AgencyLevel.DISTRICT, february).ok()).isTrue();
		Check bureau = late(AgencyLevel.BUREAU, february);
		assertThat(bureau.ok()).isFalse();
		assertThat(bureau.blocks()).isFalse();
		assertThat(bureau.detail()).isEqualTo("2026-02-15 > 2026-01-31");
		assertThat(late(AgencyLevel.BUREAU, LocalDate.of(2026, 1, 31)).ok()).isTrue();
		assertThat(late(AgencyLevel.DISTRICT, LocalDate.of(2026, 3, 31)).ok()).isTrue();
		Check april = late(AgencyLevel.DISTRICT, LocalDate.of(2026, 4, 1));
		assertThat(april.ok()).isFalse();
		assertThat(april.detail()).isEqualTo("2026-04-01 > 2026-03-31");
	}

	private static Check late(AgencyLevel level, LocalDate publishedOn) {
		List<Check> checks = ReportChecks.run(new ReportChecks.Setting(2025, level, List.of()),
				ReportChecksTests.consistent(), PLAIN, publishedOn, null);
		return checks.stream().filter(check -> check.rule() == Rule.LATE).findFirst().orElseThrow();
	}

}
