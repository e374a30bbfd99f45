package org.gongkai.annualreport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.annualreport.Check.Rule;
import org.gongkai.requests.Outcome;
import org.gongkai.requests.RequestTable;
import org.gongkai.requests.RequestTable.Column;
import org.gongkai.requests.RequestTable.Flow;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Each check of annual-report.md §4 passes on a consistent report and fires on a bad one. */
class ReportChecksTests {

	private static final Narrative PLAIN = new Narrative("", "2025年度累计主动公开各类政府信息共41条。", "", "", "", "", "");

	@Test
	void aConsistentReportPassesEveryCheck() {
		List<Check> checks = ReportChecks.run(2025, consistent(), PLAIN, LocalDate.of(2026, 1, 20), null);
		assertThat(checks).hasSize(Rule.values().length).allMatch(Check::ok);
	}

	@Test
	void theBalanceFailsInTheColumnThatDoesNotAddUp() {
		ReportFigures f = withCell(withCell(consistent(), Flow.RECEIVED, Column.COMMERCIAL_ENTERPRISE, 2),
				Flow.RECEIVED, Column.TOTAL, 5);
		Check check = ReportChecks.balance(f);
		assertThat(check.ok()).isFalse();
		assertThat(check.blocks()).isTrue();
		assertThat(check.detail()).startsWith("COMMERCIAL_ENTERPRISE").doesNotContain("NATURAL_PERSON");
	}

	@Test
	void anOutcomeRowThatIsNotInTheTotalFails() {
		ReportFigures f = withCell(consistent(), Outcome.WITHHELD_THIRD_PARTY_RIGHTS, Column.NATURAL_PERSON, 1);
		assertThat(ReportChecks.outcomeSum(f).ok()).isFalse();
		assertThat(ReportChecks.outcomeSum(f).detail()).contains("NATURAL_PERSON");
	}

	@Test
	void aTotalColumnThatIsNotTheSumOfTheApplicantsFails() {
		ReportFigures f = withCell(consistent(), Outcome.DISCLOSED, Column.TOTAL, 9);
		assertThat(ReportChecks.applicantSum(f).ok()).isFalse();
		assertThat(ReportChecks.applicantSum(f).detail()).startsWith("R3.1");
	}

	@Test
	void aNegativeCellFails() {
		ReportFigures f = withCell(consistent(), Outcome.NOT_PROCESSED_DUPLICATE,
				Column.SOCIAL_WELFARE_ORGANIZATION, -1);
		assertThat(ReportChecks.nonNegative(f).ok()).isFalse();
		assertThat(ReportChecks.nonNegative(f).detail()).contains("R3.5.2/SOCIAL_WELFARE_ORGANIZATION=-1");
	}

	@Test
	void anAppealsGroupWhoseTotalDiffersFails() {
		ReportFigures f = consistent();
		ReportFigures bad = new ReportFigures(f.proactive(), f.requests(),
				new ReportFigures.Appeals(f.appeals().reconsideration(), new ReportFigures.Group(1, 0, 0, 1, 3),
						f.appeals().litigationAfterReconsideration()),
				f.fees());
		assertThat(ReportChecks.appealsSum(bad).ok()).isFalse();
		assertThat(ReportChecks.appealsSum(bad).detail()).startsWith("litigationDirect");
	}

	@Test
	void aNumberTypedIntoTheNarrativeThatContradictsTheTablesFails() {
		Narrative typed = new Narrative("", "2025年度累计主动公开各类政府信息共40条。", "", "2025年，我单位新收政府信息公开申请5件。", "",
				"", "实际收取信息处理费0元。");
		Check check = ReportChecks.narrativeNumbers(consistent(), typed);
		assertThat(check.ok()).isFalse();
		assertThat(check.blocks()).isTrue();
		assertThat(check.detail()).contains("40条").contains("申请5件").doesNotContain("处理费0元");
		Narrative none = new Narrative("", "", "", "2025年，我单位未收到政府信息公开申请。", "", "", "");
		assertThat(ReportChecks.narrativeNumbers(consistent(), none).ok()).isFalse();
		Narrative unknown = new Narrative("", "共{publishedTotal}条", "", "", "", "", "");
		assertThat(ReportChecks.narrativeNumbers(consistent(), unknown).detail()).contains("{publishedTotal}");
	}

	@Test
	void placeholdersFillTheNarrativeFromTheFigures() {
		Narrative template = new Narrative("", "共{publishedCount}条；新收申请{requestsReceived}件。", "", "", "", "", "");
		Narrative filled = Placeholders.fill(template, Placeholders.values("示例局", 2025, consistent(), 0));
		assertThat(filled.overview()).isEqualTo("共41条；新收申请4件。");
		assertThat(ReportChecks.narrativeNumbers(consistent(), filled).ok()).isTrue();
	}

	@Test
	void carryOverDifferentFromLastYearsPublishedReportWarns() {
		ReportFigures lastYear = withCell(consistent(), Flow.CARRIED_FORWARD, Column.NATURAL_PERSON, 3);
		Check check = ReportChecks.carryOver(consistent(), new ReportChecks.Previous(lastYear, PLAIN));
		assertThat(check.ok()).isFalse();
		assertThat(check.blocks()).isFalse();
		assertThat(check.detail()).contains("NATURAL_PERSON: R2=1 ≠ R4(Y−1)=3");
	}

	@Test
	void anInForceStockThatDoesNotFollowFromLastYearWarns() {
		ReportFigures lastYear = consistent();
		ReportFigures now = withProactive(consistent(), new ReportFigures.Counts(2, 0, 5));
		Check check = ReportChecks.inForceStock(now, new ReportChecks.Previous(lastYear, PLAIN));
		assertThat(check.ok()).isFalse();
		assertThat(check.detail()).contains("normativeDocuments: 5 ≠ 1+2−0");
		ReportFigures following = withProactive(consistent(), new ReportFigures.Counts(2, 1, 2));
		assertThat(ReportChecks.inForceStock(following, new ReportChecks.Previous(lastYear, PLAIN)).ok()).isTrue();
	}

	@Test
	void aFigureMoreThanFiveTimesLastYearsWarns() {
		ReportFigures lastYear = consistent();
		ReportFigures now = new ReportFigures(new ReportFigures.Proactive(250, new ReportFigures.Counts(0, 0, 0),
				new ReportFigures.Counts(0, 0, 1), 0, 0, 0, BigDecimal.ZERO), consistent().requests(),
				consistent().appeals(), consistent().fees());
		Check check = ReportChecks.yearOnYear(now, new ReportChecks.Previous(lastYear, PLAIN));
		assertThat(check.ok()).isFalse();
		assertThat(check.detail()).isEqualTo("主动公开信息条数：41 → 250");
	}

	@Test
	void aNarrativeRepeatingMostOfLastYearsWarns() {
		Narrative lastYear = new Narrative("", "我局持续强化政府信息全生命周期管理。健全信息发布审核机制，明确审核责任主体。", "", "", "",
				"", "");
		Narrative same = new Narrative("", "我局持续强化政府信息全生命周期管理。健全信息发布审核机制，明确审核责任主体。今年新建了依申请公开台账制度。",
				"", "", "", "", "");
		Check check = ReportChecks.repeatedText(same, new ReportChecks.Previous(consistent(), lastYear));
		assertThat(check.ok()).isFalse();
		assertThat(check.detail()).isEqualTo("2/3");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			2025年，我单位新收政府信息公开申请20件，办结15件。 | false
			2025年，我单位新收政府信息公开申请二十件，办结十五件。 | false
			2025年，我局受理申请20件。 | false
			2025年，我局共受理政府信息公开申请二十件。 | false
			2025年，我局共收到政府信息公开申请共计二十件。 | false
			2025年，我单位新收政府信息公开申请15件，办结15件。 | true
			2025年，我单位新收政府信息公开申请十五件。 | true
			2025年，我局受理政府信息公开申请共15件。 | true
			2025年，我局因政府信息公开工作受理行政复议申请2件。 | true
			2025年度，通过区政府门户网站累计主动公开各类政务信息共四十一条。 | true
			2025年度，通过区政府门户网站累计主动公开各类政务信息共四十条。 | false
			2025年度主动公开政府信息41条，均按《条例》第二十条的要求公开。 | true
			我局主动公开工作开辟了一条新渠道。 | true
			""")
	@DisplayName("正文中的数字：阿拉伯数字、中文数字和实际报告的不同说法（新收15件，主动公开41条）")
	void aFigureStatedInDigitsOrChineseNumeralsIsCheckedAgainstTheTables(String sentence, boolean agrees) {
		ReportFigures fifteenReceived = withCell(consistent(), Flow.RECEIVED, Column.TOTAL, 15);
		Check check = ReportChecks.narrativeNumbers(fifteenReceived, new Narrative("", sentence, "", "", "", "", ""));
		assertThat(check.ok()).as(check.detail()).isEqualTo(agrees);
	}

	@Test
	void publishingAfterTheThirtyFirstOfJanuaryWarns() {
		List<Check> late = ReportChecks.run(2025, consistent(), PLAIN, LocalDate.of(2026, 2, 1), null);
		assertThat(late).filteredOn(check -> check.rule() == Rule.LATE).singleElement().satisfies(check -> {
			assertThat(check.ok()).isFalse();
			assertThat(check.blocks()).isFalse();
		});
	}

	@Test
	void aReportOnAYearThatHasNotEndedInBeijingCannotBePublished() {
		for (LocalDate during : List.of(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 31))) {
			assertThat(ReportChecks.run(2026, consistent(), PLAIN, during, null))
				.filteredOn(check -> check.rule() == Rule.YEAR_ENDED)
				.singleElement()
				.satisfies(check -> {
					assertThat(check.blocks()).isTrue();
					assertThat(check.detail()).isEqualTo(during + " < 2027-01-01");
					assertThat(check.labelKey()).isEqualTo("annualreport.check.YEAR_ENDED.failed");
				});
		}
		for (LocalDate after : List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31))) {
			assertThat(ReportChecks.yearEnded(2026, after).ok()).isTrue();
		}
	}

	@Test
	void everyFillInPromptTheTemplateWritesBlocksPublishingUntilReplaced() {
		Narrative template = NarrativeTemplate.initial(consistent(), null);
		Check check = ReportChecks.promptsFilled(template);
		assertThat(check.blocks()).isTrue();
		assertThat(check.detail()).contains("（请填写：信息发布审核、规范性文件管理等情况。）")
			.contains("（请填写：门户网站、政务新媒体等平台建设情况。）")
			.contains("（请填写：工作考核、社会评议和责任追究结果情况。）")
			.contains("（请填写）");
		assertThat(check.detail().split("; ")).hasSize(7);
		assertThat(ReportChecks.promptsFilled(Narratives.completed(template)).ok()).isTrue();
		Narrative quoted = new Narrative("", "本年度存在的问题：一是部分栏目更新不及时（已整改）。", "", "", "", "", "");
		assertThat(ReportChecks.promptsFilled(quoted).ok()).isTrue();
	}

	/** 41 items; 4 new and 1 carried over; 4 closed; 1 carried forward. */
	static ReportFigures consistent() {
		Map<RequestTable.Row, long[]> rows = new HashMap<>();
		rows.put(Flow.RECEIVED, new long[] { 2, 1, 1, 0, 0, 0, 4 });
		rows.put(Flow.CARRIED_OVER, new long[] { 1, 0, 0, 0, 0, 0, 1 });
		rows.put(Outcome.DISCLOSED, new long[] { 2, 0, 0, 0, 0, 0, 2 });
		rows.put(Outcome.UNAVAILABLE_NOT_HELD, new long[] { 0, 1, 0, 0, 0, 0, 1 });
		rows.put(Outcome.OTHER, new long[] { 1, 0, 0, 0, 0, 0, 1 });
		rows.put(Flow.CLOSED, new long[] { 3, 1, 0, 0, 0, 0, 4 });
		rows.put(Flow.CARRIED_FORWARD, new long[] { 0, 0, 1, 0, 0, 0, 1 });
		RequestTable requests = RequestTable
			.of((row, column) -> rows.containsKey(row) ? rows.get(row)[column.ordinal()] : 0);
		ReportFigures.Group none = new ReportFigures.Group(0, 0, 0, 0, 0);
		return new ReportFigures(
				new ReportFigures.Proactive(41, new ReportFigures.Counts(0, 0, 0), new ReportFigures.Counts(0, 0, 1),
						0, 0, 0, BigDecimal.ZERO),
				requests, new ReportFigures.Appeals(new ReportFigures.Group(1, 0, 0, 1, 2), none, none),
				new ReportFigures.Fees(0, BigDecimal.ZERO));
	}

	private static ReportFigures withCell(ReportFigures f, RequestTable.Row row, Column column, long value) {
		return withRequests(f, f.requests().with(row, column, value));
	}

	private static ReportFigures withRequests(ReportFigures f, RequestTable requests) {
		return new ReportFigures(f.proactive(), requests, f.appeals(), f.fees());
	}

	private static ReportFigures withProactive(ReportFigures f, ReportFigures.Counts normative) {
		return new ReportFigures(new ReportFigures.Proactive(41, f.proactive().rules(), normative, 0, 0, 0,
				BigDecimal.ZERO), f.requests(), f.appeals(), f.fees());
	}

}
