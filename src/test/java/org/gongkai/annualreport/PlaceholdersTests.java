package org.gongkai.annualreport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff write placeholders in Chinese; the English names of narratives saved before keep working, are shown in
 * Chinese in the editor, and fill the same figures.
 */
class PlaceholdersTests {

	@Test
	void chineseAndOldEnglishNamesFillTheSameFigures() {
		ReportFigures f = ReportChecksTests.consistent();
		Narrative chinese = new Narrative("{年度}年，{单位名称}主动公开{主动公开信息条数}条，新收申请{本年新收申请件数}件。", "", "", "", "",
				"", "");
		Narrative english = new Narrative("{year}年，{agency}主动公开{publishedCount}条，新收申请{requestsReceived}件。", "", "", "", "",
				"", "");
		var values = Placeholders.values("示例区某局", 2025, f, 2);
		assertThat(Placeholders.fill(chinese, values).preamble()).isEqualTo("2025年，示例区某局主动公开41条，新收申请4件。");
		assertThat(Placeholders.fill(english, values)).isEqualTo(Placeholders.fill(chinese, values));
		assertThat(Placeholders.fill(new Narrative("", "", "", "", "", "", "根据条例第四十四条，{依申请公开转主动公开件数}项信息转为主动公开。"),
				values).other()).isEqualTo("根据条例第四十四条，2项信息转为主动公开。");
	}

	@Test
	void theEditorShowsAStoredEnglishNarrativeInChineseAndLeavesUnknownNamesForTheCheck() {
		Narrative stored = new Narrative("{year}年{administrativeFeesWanYuan}万元，{noSuchThing}", "", "", "", "", "",
				"{feesCollectedYuan}元");
		Narrative shown = stored.withChinesePlaceholders();
		assertThat(shown.preamble()).isEqualTo("{年度}年{行政事业性收费万元}万元，{noSuchThing}");
		assertThat(shown.other()).isEqualTo("{实收信息处理费元}元");
		assertThat(Narrative.placeholderNames()).hasSize(Placeholders.CHINESE.size()).contains("主动公开信息条数");
		Narrative filled = Placeholders.fill(new Narrative("{不存在的占位符}", "", "", "", "", "", ""),
				Placeholders.values("示例区某局", 2025, ReportChecksTests.consistent(), 0));
		assertThat(ReportChecks.narrativeNumbers(ReportChecksTests.consistent(), filled).detail())
			.isEqualTo("{不存在的占位符}");
	}

}
