package org.gongkai.annualreport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.annualreport.Check.Rule;
import org.gongkai.identity.AgencyLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 行政事业性收费 whose magnitude looks wrong is questioned by warnings that never block: 59,237.2449 万元 for a
 * department (a yuan figure typed into the 万元 field), a jump of ×10,000 on last year, a figure ×20 off its peers;
 * the blocking consistency checks are unchanged.
 */
class FeeMagnitudeTests {

	private static final Narrative PLAIN = new Narrative("", "2025年度累计主动公开各类政府信息共41条。", "", "", "", "", "");

	private static final BigDecimal SLIP = new BigDecimal("59237.2449");

	@Test
	void aYuanFigureInTheWanYuanFieldOfADepartmentIsQuestioned() {
		Check check = FeeMagnitude.unit(SLIP, AgencyLevel.BUREAU, null);
		assertThat(check.rule()).isEqualTo(Rule.FEES_UNIT);
		assertThat(check.ok()).isFalse();
		assertThat(check.blocks()).isFalse();
		assertThat(check.detail()).isEqualTo("59237.2449 > 10000");
		assertThat(FeeMagnitude.unit(new BigDecimal("5.9237"), AgencyLevel.BUREAU, null).ok()).isTrue();
		assertThat(FeeMagnitude.unit(BigDecimal.ZERO, AgencyLevel.BUREAU, null).ok()).isTrue();
	}

	@Test
	void aDistrictSumOfFiftyNineThousandWanYuanIsQuestioned() {
		assertThat(FeeMagnitude.unit(SLIP, AgencyLevel.DISTRICT, null).ok()).isFalse();
		assertThat(FeeMagnitude.unit(new BigDecimal("1520.5"), AgencyLevel.DISTRICT, null).ok()).isTrue();
	}

	@Test
	void aJumpOfTenThousandTimesOnLastYearReadsAsAUnitSlip() {
		Check up = FeeMagnitude.unit(SLIP, AgencyLevel.CITY, new BigDecimal("5.92372449"));
		assertThat(up.ok()).isFalse();
		assertThat(up.detail()).isEqualTo("5.92372449 → 59237.2449");
		Check down = FeeMagnitude.unit(new BigDecimal("5.92372449"), AgencyLevel.BUREAU, SLIP);
		assertThat(down.ok()).isFalse();
		assertThat(FeeMagnitude.unit(new BigDecimal("12.5"), AgencyLevel.BUREAU, new BigDecimal("10.2")).ok()).isTrue();
	}

	@Test
	void aFigureTwentyTimesItsPeersMedianIsQuestioned() {
		List<BigDecimal> peers = List.of(new BigDecimal("5.5"), new BigDecimal("8"), new BigDecimal("6.2"),
				BigDecimal.ZERO);
		Check far = FeeMagnitude.peers(SLIP, peers);
		assertThat(far.rule()).isEqualTo(Rule.FEES_PEERS);
		assertThat(far.ok()).isFalse();
		assertThat(far.detail()).isEqualTo("59237.2449 / median 6.2 (3)");
		assertThat(FeeMagnitude.peers(new BigDecimal("7.1"), peers).ok()).isTrue();
		assertThat(FeeMagnitude.peers(new BigDecimal("0.1"), peers).ok()).isFalse();
		assertThat(FeeMagnitude.peers(SLIP, List.of(new BigDecimal("6"), new BigDecimal("7"))).ok())
			.as("two peers say too little")
			.isTrue();
	}

	@Test
	void theWarningsComeWithTheReportsChecksAndDoNotBlockIt() {
		ReportFigures slipped = withFees(ReportChecksTests.consistent(), SLIP);
		List<Check> checks = ReportChecks.run(
				new ReportChecks.Setting(2025, AgencyLevel.BUREAU,
						List.of(new BigDecimal("5.5"), new BigDecimal("8"), new BigDecimal("6.2"))),
				slipped, PLAIN, LocalDate.of(2026, 1, 20), null);
		assertThat(checks).hasSize(Rule.values().length);
		assertThat(checks).filteredOn(check -> !check.ok())
			.extracting(Check::rule)
			.containsExactly(Rule.FEES_UNIT, Rule.FEES_PEERS);
		assertThat(checks).noneMatch(Check::blocks);
		List<Check> unbalanced = ReportChecks.run(2025,
				new ReportFigures(slipped.proactive(),
						slipped.requests().with(org.gongkai.requests.RequestTable.Flow.RECEIVED,
								org.gongkai.requests.RequestTable.Column.TOTAL, 9),
						slipped.appeals(), slipped.fees()),
				PLAIN, LocalDate.of(2026, 1, 20), null);
		assertThat(unbalanced).filteredOn(Check::blocks).extracting(Check::rule)
			.containsExactly(Rule.BALANCE, Rule.APPLICANT_SUM);
	}

	static ReportFigures withFees(ReportFigures f, BigDecimal fees) {
		ReportFigures.Proactive p = f.proactive();
		return new ReportFigures(new ReportFigures.Proactive(p.publishedCount(), p.rules(), p.normativeDocuments(),
				p.licensing(), p.penalty(), p.enforcement(), fees), f.requests(), f.appeals(), f.fees());
	}

}
