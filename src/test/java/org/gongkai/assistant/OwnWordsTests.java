package org.gongkai.assistant;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, round 12: the words a quarter of an agency's item names share say which agency was asked, and a question
 * wrapped in them is also looked up in the table of remits without them.
 */
class OwnWordsTests {

	/** Eight item names of a 退役军人事务局, as its catalogue writes them: four write 退役, three 退役军人. */
	private static final List<String> VETERANS = List.of("退役军人优待证申领", "退役士兵自主就业一次性经济补助",
			"退役军人就业创业扶持", "困难退役军人帮扶援助", "伤残等级评定", "烈士褒扬金发放", "光荣牌悬挂", "义务兵家庭优待金发放");

	private final KnowledgeIndex index = KnowledgeIndex.inMemory();

	@Test
	void theWordsAQuarterOfTheNamesWriteAreTheAgencysOwn() {
		Set<String> own = OwnWords.of(VETERANS, index::tokens);
		assertThat(own).contains("退役", "军人").doesNotContain("光荣", "烈士", "伤残", "悬挂");
	}

	@Test
	void aWordFewerThanThreeNamesWriteIsNoneOfTheAgencysOwnHoweverFewItHas() {
		// a quarter of four names is one; the fewest is three
		List<String> few = List.of("退役军人优待证申领", "困难退役军人帮扶援助", "伤残等级评定", "光荣牌悬挂");
		assertThat(OwnWords.of(few, index::tokens)).isEmpty();
		List<String> more = List.of("退役军人优待证申领", "困难退役军人帮扶援助", "退役军人就业创业扶持", "光荣牌悬挂");
		assertThat(OwnWords.of(more, index::tokens)).contains("退役", "军人").doesNotContain("光荣");
	}

	@Test
	void aQuestionWithoutTheAgencysOwnWordsKeepsWhatItAsks() {
		Set<String> own = OwnWords.of(VETERANS, index::tokens);
		assertThat(OwnWords.without("退役军人家庭生活困难，想申请最低生活保障", own)).isEqualTo("家庭生活困难，想申请最低生活保障");
		// the longest first, so that no piece of a longer own word is left behind
		assertThat(OwnWords.without("医疗保险怎么报销", Set.of("医疗", "医疗保险"))).isEqualTo("怎么报销");
	}

	@Test
	void anAgencyWithoutItemsHasNoOwnWords() {
		assertThat(OwnWords.of(List.of(), index::tokens)).isEmpty();
	}

}
