package org.gongkai.publishing;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The ledger's counts for table 二 across years (annual-report.md §3; rules.md §6). */
class NormativeLedgerTests {

	private static NormativeEntry entry(long id, String title, String issued, String until, String abolished) {
		return new NormativeEntry(id, 1, NormativeKind.NORMATIVE_DOCUMENT, title, null, LocalDate.parse(issued),
				until == null ? NormativeEntry.defaultValidUntil(title, LocalDate.parse(issued)) : LocalDate.parse(until),
				abolished == null ? null : LocalDate.parse(abolished), null, null);
	}

	private final List<NormativeEntry> ledger = List.of(
			entry(1, "关于规范政务信息发布工作的规定", "2023-06-01", null, null),
			entry(2, "关于某补贴发放的暂行办法", "2023-03-01", null, null),
			entry(3, "关于某事项的管理办法", "2024-04-10", null, "2025-09-30"),
			entry(4, "关于某项目的实施细则", "2025-02-01", null, null),
			entry(5, "关于某活动的通知", "2021-01-01", "2025-12-31", null));

	@Test
	@DisplayName("有效期: five years by default, two for 试行/暂行")
	void validityPeriods() {
		assertThat(ledger.get(0).validUntil()).isEqualTo(LocalDate.of(2028, 5, 31));
		assertThat(ledger.get(1).validUntil()).isEqualTo(LocalDate.of(2025, 2, 28));
	}

	@Test
	@DisplayName("2025: issued 1, abolished 2 (one abolished, one expired), in force 3 on 31 December")
	void countsOfAYear() {
		PublishingStatistics.Counts y2025 = PublishingStatistics.counts(ledger, NormativeKind.NORMATIVE_DOCUMENT, 2025);
		assertThat(y2025).isEqualTo(new PublishingStatistics.Counts(1, 2, 3));
		assertThat(PublishingStatistics.counts(ledger, NormativeKind.RULE, 2025))
			.isEqualTo(new PublishingStatistics.Counts(0, 0, 0));
	}

	@Test
	@DisplayName("in force(Y) = in force(Y−1) + issued(Y) − abolished(Y), year after year")
	void theStockIdentityHoldsAcrossYears() {
		for (int year = 2022; year <= 2029; year++) {
			var now = PublishingStatistics.counts(ledger, NormativeKind.NORMATIVE_DOCUMENT, year);
			var before = PublishingStatistics.counts(ledger, NormativeKind.NORMATIVE_DOCUMENT, year - 1);
			assertThat(now.inForce()).as("year %d", year).isEqualTo(before.inForce() + now.issued() - now.abolished());
		}
	}

	@Test
	void theCleanupListsWhatExpiresWithinSixMonths() {
		assertThat(ledger.get(4).expiresWithinSixMonths(LocalDate.of(2025, 7, 1))).isTrue();
		assertThat(ledger.get(0).expiresWithinSixMonths(LocalDate.of(2025, 7, 1))).isFalse();
	}

	@org.junit.jupiter.api.Test
	@org.junit.jupiter.api.DisplayName("立、改、废: the status a published page shows on a day")
	void theStatusOnADay() {
		NormativeEntry amended = new NormativeEntry(9, 1, NormativeKind.NORMATIVE_DOCUMENT, "关于规范政务信息发布工作的规定", null,
				LocalDate.of(2023, 6, 1), LocalDate.of(2028, 5, 31), null, null, LocalDate.of(2025, 9, 1));
		org.assertj.core.api.Assertions.assertThat(amended.statusOn(LocalDate.of(2023, 5, 31)))
			.isEqualTo(NormativeEntry.Status.NOT_YET_IN_FORCE);
		org.assertj.core.api.Assertions.assertThat(amended.statusOn(LocalDate.of(2025, 8, 31)))
			.isEqualTo(NormativeEntry.Status.IN_FORCE);
		org.assertj.core.api.Assertions.assertThat(amended.statusOn(LocalDate.of(2025, 9, 1)))
			.isEqualTo(NormativeEntry.Status.AMENDED);
		org.assertj.core.api.Assertions.assertThat(amended.statusOn(LocalDate.of(2028, 6, 1)))
			.isEqualTo(NormativeEntry.Status.EXPIRED);
		org.assertj.core.api.Assertions.assertThat(entry(3, "关于某事项的通知", "2020-01-01", null, "2024-03-01")
			.statusOn(LocalDate.of(2024, 3, 1))).isEqualTo(NormativeEntry.Status.ABOLISHED);
	}

}
