package org.gongkai.publishing;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.publishing.TextDiff.Change.ADDED;
import static org.gongkai.publishing.TextDiff.Change.REMOVED;
import static org.gongkai.publishing.TextDiff.Change.SAME;

/** The difference a reviewer reads for a correction: Chinese character by character, ASCII word by word. */
class TextDiffTests {

	@Test
	void aChangedDateInChineseTextIsShownCharacterByCharacter() {
		List<TextDiff.Segment> diff = TextDiff.of("报名时间为2026年5月15日至5月20日。", "报名时间为2026年5月18日至5月25日，逾期不予受理。");
		assertThat(diff).containsExactly(new TextDiff.Segment(SAME, "报名时间为2026年5月"),
				new TextDiff.Segment(REMOVED, "15"), new TextDiff.Segment(ADDED, "18"),
				new TextDiff.Segment(SAME, "日至5月"), new TextDiff.Segment(REMOVED, "20"),
				new TextDiff.Segment(ADDED, "25"), new TextDiff.Segment(SAME, "日"),
				new TextDiff.Segment(ADDED, "，逾期不予受理"), new TextDiff.Segment(SAME, "。"));
		assertThat(TextDiff.changed(diff)).isTrue();
	}

	@Test
	void aWordOfLettersOrANumberIsOneUnit() {
		assertThat(TextDiff.units("见附件PDF 2份")).containsExactly("见", "附", "件", "PDF", " ", "2", "份");
		assertThat(TextDiff.of("共12件", "共13件")).containsExactly(new TextDiff.Segment(SAME, "共"),
				new TextDiff.Segment(REMOVED, "12"), new TextDiff.Segment(ADDED, "13"), new TextDiff.Segment(SAME, "件"));
	}

	@Test
	void theSameTextIsOneUnchangedSegment() {
		assertThat(TextDiff.of("第一条 为规范工作，制定本规定。", "第一条 为规范工作，制定本规定。"))
			.containsExactly(new TextDiff.Segment(SAME, "第一条 为规范工作，制定本规定。"));
		assertThat(TextDiff.changed(TextDiff.of("", ""))).isFalse();
	}

	@Test
	void aLongMiddleIsComparedLineByLine() {
		StringBuilder before = new StringBuilder("开头\n");
		StringBuilder after = new StringBuilder("开头\n");
		for (int i = 0; i < 2500; i++) {
			before.append("第").append(i).append("行旧的内容\n");
			after.append("第").append(i).append(i % 1000 == 500 ? "行新的内容\n" : "行旧的内容\n");
		}
		List<TextDiff.Segment> diff = TextDiff.of(before.toString(), after.toString());
		assertThat(diff).filteredOn(s -> s.change() == ADDED).extracting(TextDiff.Segment::text)
			.containsExactly("第500行新的内容\n", "第1500行新的内容\n");
		assertThat(diff).filteredOn(s -> s.change() == REMOVED).extracting(TextDiff.Segment::text)
			.containsExactly("第500行旧的内容\n", "第1500行旧的内容\n");
	}

}
