package org.gongkai.assistant;

import java.util.List;
import java.util.Optional;

import org.gongkai.assistant.Chunk.Kind;
import org.gongkai.assistant.Chunk.Section;
import org.gongkai.assistant.Retrieval.Candidate;
import org.gongkai.assistant.Terms.Term;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a question is read (dictionary, pinyin typos) and what is done with what was found (issue 15). */
class QuestionReadingTests {

	static Chunk chunk(String path, String code, String title, String text) {
		return new Chunk("item:x:" + code, Kind.ITEM, code, "x", path, title, Section.CONDITIONS, text, "/g/" + code,
				"办理时限：1日；收费：不收费");
	}

	static Candidate candidate(String path, String code, double cosine, double bm25) {
		return new Candidate("item:x:" + code, List.of(chunk(path, code, code, code)), 0.03, cosine, bm25);
	}

	@Test
	void theDictionaryReplacesDialectAndColloquialWordsButNotWhereTheStandardIsWritten() {
		Terms terms = new Terms(List.of(new Term("伢", "孩子"), new Term("么样", "怎么"), new Term("执照", "营业执照")));
		assertThat(terms.normalise("屋里伢刚生，户口么样上")).isEqualTo("屋里孩子刚生，户口怎么上");
		assertThat(terms.normalise("营业执照丢了，执照怎么补")).isEqualTo("营业执照丢了，营业执照怎么补");
	}

	@Test
	void anEntryWrittenAsItsOwnStandardKeepsShorterEntriesOutOfIt() {
		Terms terms = new Terms(List.of(new Term("续期", "签注"), new Term("使用权续期", "使用权续期")));
		assertThat(terms.normalise("居住证怎么续期")).isEqualTo("居住证怎么签注");
		assertThat(terms.normalise("土地使用权续期怎么办，居住证也要续期"))
			.isEqualTo("土地使用权续期怎么办，居住证也要签注");
		// the shipped dictionary guards it too
		assertThat(new Terms(Terms.shipped()).normalise("国有建设用地使用权续期")).isEqualTo("国有建设用地使用权续期");
	}

	@Test
	void aQuestionInTraditionalCharactersIsReadInSimplifiedOnesAndASimplifiedOneIsLeftAsItIs() {
		assertThat(Simplified.of("我想開間私立學校，要去邊度申請牌照")).isEqualTo("我想开间私立学校，要去边度申请牌照");
		assertThat(Simplified.of("細路仔讀小一點搞")).isEqualTo("细路仔读小一点搞");
		// simplified text also writes 著, 乾 and 藉: they stay; 後 and 於 it hardly writes
		String simplified = "著名的学校后面，于是乾隆年间的碑要凭藉什么手续";
		assertThat(Simplified.of(simplified)).isSameAs(simplified);
		assertThat(Simplified.of("以後著作關於")).isEqualTo("以后著作关于");
	}

	@Test
	void theWordsAQuestionDeniesAreNotSearchedWith() {
		assertThat(Denials.without("出生证明不是补办也不是换，孩子刚出生，是第一次办"))
			.isEqualTo("出生证明不是也不是，孩子刚出生，是第一次办");
		assertThat(Denials.without("户口要迁到外省去，是迁出不是迁入")).isEqualTo("户口要迁到外省去，是迁出不是");
		assertThat(Denials.without("不是孩子的病残鉴定，是成年人的救治救助")).isEqualTo("不是，是成年人的救治救助");
		assertThat(Denials.without("我要开的是门诊部不是诊所，门诊部也能备案吗")).isEqualTo("我要开的是门诊部不是，门诊部也能备案吗");
		assertThat(Denials.without("身份证不是过期，是被偷了")).isEqualTo("身份证不是，是被偷了");
		assertThat(Denials.without("但是不是补办，是换发")).isEqualTo("但是不是，是换发");
		// a question that asks whether, supposes, or denies without saying what it is about denies nothing to leave out
		for (String question : List.of("那个老人补贴是不是比80多岁的要多", "我不是本地户口能办居住证吗", "我不是很懂社保怎么交",
				"不是说身份证可以网上办吗", "不是本人可以代办吗", "孩子不是在本地出生的怎么上户口", "要不是疫情早办了，是吧",
				"还没认定工伤，不是领待遇", "出生证明是不是补办")) {
			assertThat(Denials.without(question)).isEqualTo(question);
		}
	}

	@Test
	void aNegationOrASizeIsNoTypo() {
		// 不 sounds like 补 (bu): 证明不 is no typo of 证明补, a part of 出生医学证明补发; 小 like 销 (xiao)
		Vocabulary vocabulary = new Vocabulary(List.of(chunk("/d/", "A", "出生医学证明补发", "原证遗失的，申请补发"),
				chunk("/d/", "B", "注销公司登记", "公司解散的，申请注销登记")), List.of(), text -> List.of());
		assertThat(vocabulary.correct("出生证明不是补办")).isEqualTo("出生证明不是补办");
		assertThat(vocabulary.correct("开了家小公司")).isEqualTo("开了家小公司");
		assertThat(vocabulary.correct("出生医学正明补发")).isEqualTo("出生医学证明补发");
	}

	@Test
	void theShippedDictionaryKnowsTheDialectWordsOfTheIssue() {
		Terms terms = new Terms(Terms.shipped());
		assertThat(terms.normalise("伢要办社保卡，要带么子")).isEqualTo("孩子要办社会保障卡，要带什么");
		assertThat(terms.normalise("身份证咋补，啥材料")).isEqualTo("身份证怎么补，什么材料");
	}

	@Test
	void aHomophoneTypoOfAGuidesTermIsCorrectedAndCorrectTextIsLeftAlone() {
		KnowledgeIndex index = KnowledgeIndex.inMemory();
		Vocabulary vocabulary = new Vocabulary(
				List.of(chunk("/d/a/", "A", "居住证申领", "居民身份证、租赁合同"), chunk("/d/a/", "B", "社会保障卡申领", "居民身份证")),
				List.of("社保卡"), index::words);
		assertThat(vocabulary.correct("办居柱证要什么材料")).isEqualTo("办居住证要什么材料");
		assertThat(vocabulary.correct("社宝卡怎么申请")).isEqualTo("社保卡怎么申请");
		assertThat(vocabulary.correct("居住证要什么材料")).isEqualTo("居住证要什么材料");
	}

	@Test
	void aTypoIsNeverReadIntoTheWordsOrGrammarOfACorrectSentence() {
		KnowledgeIndex index = KnowledgeIndex.inMemory();
		Vocabulary vocabulary = new Vocabulary(List.of(chunk("/d/a/", "A", "居住证遗失补领和换领", "居住证"),
				chunk("/d/a/", "B", "动产抵押登记", "市场监管部门")), List.of("去世"), index::words);
		// 是 sounds like 失 and 遗失补领 writes 失补领; 去市 sounds like 去世: both are sentences, not typos
		assertThat(vocabulary.correct("这种算换领还是补领")).isEqualTo("这种算换领还是补领");
		assertThat(vocabulary.correct("要去市场监管部门做个登记")).isEqualTo("要去市场监管部门做个登记");
		assertThat(vocabulary.correct("居注证丢了怎么补")).isEqualTo("居住证丢了怎么补");
	}

	@Test
	void aTypoIsCorrectedToWholeWordsOfANameNeverToAPieceCutFromOne() {
		KnowledgeIndex index = KnowledgeIndex.inMemory();
		Vocabulary vocabulary = new Vocabulary(List.of(chunk("/d/a/", "A", "非学科类培训机构登记", "培训机构"),
				chunk("/d/b/", "B", "犬只登记", "养犬")), List.of(), index::words);
		// 构登记 is cut from 机构登记 and sounds like 狗登记
		assertThat(vocabulary.correct("养狗登记一年交多少钱")).isEqualTo("养狗登记一年交多少钱");
		assertThat(vocabulary.correct("培训机购登记要什么材料")).isEqualTo("培训机构登记要什么材料");
	}

	@Test
	void wordsOfAnotherAgencysSourcesShowWhereAQuestionBelongs() {
		KnowledgeIndex index = KnowledgeIndex.inMemory();
		Vocabulary vocabulary = new Vocabulary(List.of(chunk("/d/police/", "A", "居民身份证补领", "户口簿"),
				chunk("/d/hrss/", "B", "社会保障卡挂失补换", "社会保障卡")), List.of(), index::words);
		List<String> police = index.tokens("居民身份证补领 户口簿");
		String residence = police.get(0);
		String security = index.tokens("社会保障卡挂失补换 社会保障卡")
			.stream()
			.filter(w -> !police.contains(w))
			.findFirst()
			.orElseThrow();
		assertThat(vocabulary.known("/d/police/", residence)).isTrue();
		assertThat(vocabulary.known("/d/police/", security)).isFalse();
		assertThat(vocabulary.known("/d/", security)).isTrue();
	}

	@Test
	void answersAClearBestClarifiesCloseOnesRedirectsAndDeclinesOnlyWhenNothingIsClose() {
		Triage triage = Triage.defaults(new Threshold(0.65, 0.55, 6.0, 7.0));
		String here = "/d/police/";
		Answerability written = new Answerability(1.0, false, false, AnswerabilityTests.BENCH_TREE);
		Triage.Decision clear = triage.decide(List.of(candidate(here, "A", 0.80, 12), candidate(here, "B", 0.60, 5)),
				false, written, List.of(), Optional.empty());
		assertThat(clear.kind()).isEqualTo(Triage.Kind.ANSWER);
		assertThat(clear.candidates().get(0).best().ref()).isEqualTo("A");
		// at most three choices, all near the best (AnswerabilityTests: one a long way behind is not offered)
		Triage.Decision close = triage.decide(List.of(candidate(here, "A", 0.70, 8), candidate(here, "B", 0.69, 8),
				candidate(here, "C", 0.67, 3), candidate(here, "D", 0.66, 1)), false, written, List.of(), Optional.empty());
		assertThat(close.kind()).isEqualTo(Triage.Kind.CLARIFY);
		assertThat(close.candidates()).extracting(c -> c.best().ref()).containsExactly("A", "B", "C");
		// somewhat close in meaning and writing half the question's words: offered, not answered from
		Triage.Decision moderate = triage.decide(List.of(candidate(here, "A", 0.60, 4)), false,
				new Answerability(0.5, false, false, AnswerabilityTests.BENCH_TREE), List.of(), Optional.empty());
		assertThat(moderate.kind()).isEqualTo(Triage.Kind.CLARIFY);
		// the same, but the question names a document no source of the agency names (护照 where 身份证 is issued)
		Triage.Decision foreignWord = triage.decide(List.of(candidate(here, "A", 0.60, 4)), false,
				new Answerability(0.5, true, false, AnswerabilityTests.BENCH_TREE), List.of(), Optional.empty());
		assertThat(foreignWord.kind()).isEqualTo(Triage.Kind.DECLINE);
		Triage.Decision elsewhere = triage.decide(List.of(candidate(here, "A", 0.60, 3)), true, written,
				List.of(candidate("/d/hrss/", "B", 0.80, 15)), Optional.empty());
		assertThat(elsewhere.kind()).isEqualTo(Triage.Kind.REDIRECT);
		assertThat(elsewhere.elsewhere()).isEqualTo("/d/hrss/");
		Triage.Decision nothing = triage.decide(List.of(candidate(here, "A", 0.40, 1)), false, written,
				List.of(candidate("/d/hrss/", "B", 0.45, 1)), Optional.empty());
		assertThat(nothing.kind()).isEqualTo(Triage.Kind.DECLINE);
	}

}
