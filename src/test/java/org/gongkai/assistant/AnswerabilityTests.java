package org.gongkai.assistant;

import java.util.List;
import java.util.Optional;

import org.gongkai.assistant.Retrieval.Candidate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.assistant.QuestionReadingTests.candidate;

/**
 * Issue 15, rounds 3 and 4: whether the agency's items are offered at all is decided by one score of the best
 * item's cosine, the share of the question's words it writes, how strongly its words match and a document the agency
 * never names — not by a single unknown word or a single foreign document name.
 */
class AnswerabilityTests {

	private final Triage triage = Triage.defaults(new Threshold(0.65, 0.55, 6.0, 7.0));

	private static final String HERE = "/d/hrss/";

	/** The unit of a BM25 match in the tree of bench/assistant (its three catalogues, about 600 passages). */
	static final double BENCH_TREE = Answerability.rarest(600);

	@Test
	void theShareOfTheQuestionsWordsAnItemWritesIsCounted() {
		assertThat(Answerability.coverage(List.of("综合", "工时"), "特殊工时工作制审批 综合计算工时工作制")).isEqualTo(1.0);
		assertThat(Answerability.coverage(List.of("商标", "注册"), "企业名称自主申报 注册登记")).isEqualTo(0.5);
		assertThat(Answerability.coverage(List.of(), "任何文字")).isEqualTo(Answerability.NO_WORDS);
	}

	@Test
	void aKeywordEveryWordOfWhichAnItemWritesIsOfferedThoughItsCosineIsLow() {
		// 综合工时: two words, both in the 特殊工时 item, whose passages are only somewhat close in meaning to them
		Triage.Decision decision = triage.decide(List.of(candidate(HERE, "TSGS", 0.49, 9.5), candidate(HERE, "LDNL", 0.39, 0)),
				false, new Answerability(1.0, false, false, BENCH_TREE), List.of(), Optional.empty());
		assertThat(decision.kind()).isNotEqualTo(Triage.Kind.DECLINE);
		assertThat(decision.candidates()).extracting(c -> c.best().ref()).first().isEqualTo("TSGS");
	}

	@Test
	void aQuestionNamingADocumentTheCatalogueWordsOtherwiseIsStillOfferedWhenTheItemWritesTheRest() {
		// 考了个电工证能领补贴吗: no guide writes 电工证, the 技能提升补贴 item writes every other word and is close
		List<Candidate> here = List.of(candidate(HERE, "JNTS", 0.66, 6.6), candidate(HERE, "JYCYZ", 0.65, 7.3));
		Triage.Decision decision = triage.decide(here, false, new Answerability(1.0, true, false, BENCH_TREE), List.of(), Optional.empty());
		assertThat(decision.kind()).isIn(Triage.Kind.ANSWER, Triage.Kind.CLARIFY);
		assertThat(decision.candidates()).extracting(c -> c.best().ref()).contains("JNTS");
	}

	@Test
	void aModeratelyCloseItemThatWritesNoneOfTheQuestionsWordsIsNotOffered() {
		// 门诊慢性病怎么申请 asked of a 人社局: its items are about as close in meaning as any, and write neither word
		Triage.Decision decision = triage.decide(List.of(candidate(HERE, "ZGCB", 0.60, 0.4), candidate(HERE, "TXSB", 0.58, 0)),
				false, new Answerability(0.0, false, false, BENCH_TREE), List.of(), Optional.empty());
		assertThat(decision.kind()).isEqualTo(Triage.Kind.DECLINE);
		assertThat(decision.candidates()).isEmpty();
	}

	@Test
	void aQuestionWhoseWordsAnotherAgencyUsesIsRedirectedThereRatherThanDeclined() {
		// 个体户营业执照 asked of a 人社局 whose best item writes one of the two words (an offer on its own): the
		// 市场监管局's item is closer, though not close enough to answer from
		Triage.Decision decision = triage.decide(List.of(candidate(HERE, "ZGCB", 0.59, 1.6)), true,
				new Answerability(0.5, false, false, BENCH_TREE), List.of(candidate("/d/market/", "GTSL", 0.63, 4.0)), Optional.empty());
		assertThat(decision.kind()).isEqualTo(Triage.Kind.REDIRECT);
		assertThat(decision.elsewhere()).isEqualTo("/d/market/");
	}

	@Test
	void aClarificationOffersOnlyTheItemsNearTheBest() {
		// 居住证怎么办: 居住证首次申领 and 居住证签注 close to each other, 城乡居民基本医疗保险参保登记 a long way behind
		List<Candidate> here = List.of(candidate(HERE, "JZZSL", 0.62, 3.0), candidate(HERE, "JZZQZ", 0.61, 3.0),
				candidate(HERE, "CXJMCB", 0.52, 3.0));
		Triage.Decision decision = triage.decide(here, false, new Answerability(1.0, false, false, BENCH_TREE), List.of(),
				Optional.empty());
		assertThat(decision.kind()).isEqualTo(Triage.Kind.CLARIFY);
		assertThat(decision.candidates()).extracting(c -> c.best().ref()).containsExactly("JZZSL", "JZZQZ");
	}

}
