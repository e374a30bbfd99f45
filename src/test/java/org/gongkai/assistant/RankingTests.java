package org.gongkai.assistant;

import java.util.List;
import java.util.Optional;

import org.gongkai.assistant.Chunk.Kind;
import org.gongkai.assistant.Chunk.Section;
import org.gongkai.assistant.Retrieval.Candidate;
import org.gongkai.assistant.Terms.Term;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the items found are ordered and when the first is answered without asking, and how a question about a document
 * the agency's sources never name is told apart (issue 15, measured on bench/assistant/eval-tuning.tsv).
 */
class RankingTests {

	static Candidate item(String code, String title, double cosine, double bm25) {
		Chunk chunk = new Chunk("item:x:" + code, Kind.ITEM, code, "x", "/d/a/", title, Section.CONDITIONS, title,
				"/g/" + code, "办理时限：1日；收费：不收费");
		return new Candidate(chunk.sourceKey(), List.of(chunk), 0.03, cosine, bm25);
	}

	@Test
	void anItemNamedForAnActTheQuestionDoesNotSpeakOfGoesBelowTheOneItAsksFor() {
		List<Candidate> found = List.of(item("ZX", "个体工商户注销登记", 0.69, 11.6), item("SL", "个体工商户设立登记", 0.68, 11.4));
		assertThat(Ranking.rank("个体工商户营业执照怎么办", found)).extracting(c -> c.best().ref()).containsExactly("SL", "ZX");
		assertThat(Ranking.rank("店不开了，个体工商户营业执照怎么注销", found)).extracting(c -> c.best().ref())
			.containsExactly("ZX", "SL");
		// a school that closes ends (终止) as a business is deregistered (注销)
		List<Candidate> school = List.of(item("SL", "民办学校设立审批", 0.64, 7.0), item("ZZ", "民办学校终止", 0.64, 5.3));
		assertThat(Ranking.rank("民办学校整个不办了怎么处理", school)).extracting(c -> c.best().ref()).containsExactly("ZZ", "SL");
		assertThat(Ranking.rank("民办学校怎么办", school)).extracting(c -> c.best().ref()).containsExactly("SL", "ZZ");
		// a contract's 终止 is no act on the item's subject
		assertThat(Ranking.act("合同到期公司不续签，证明找谁开", "解除或终止劳动合同证明")).isZero();
		// a renewal is asked for only when the question speaks of one
		List<Candidate> nurse = List.of(item("YX", "护士延续注册", 0.63, 14.6), item("ZC", "护士执业注册", 0.62, 14.4));
		assertThat(Ranking.rank("护士注册", nurse)).extracting(c -> c.best().ref()).containsExactly("ZC", "YX");
		assertThat(Ranking.rank("护士执业证书快到期了，注册怎么办", nurse).get(0).best().ref()).isEqualTo("YX");
	}

	@Test
	void theNameTheQuestionWritesAndItsWordsCountBesideTheMeaning() {
		List<Candidate> found = List.of(item("A", "失业登记", 0.63, 9.7), item("B", "失业保险金申领", 0.62, 9.0));
		List<Candidate> ranked = Ranking.rank("失业保险金怎么领", found);
		assertThat(ranked.get(0).best().ref()).isEqualTo("B");
		assertThat(ranked.get(0).fused()).isGreaterThan(ranked.get(1).fused());
		assertThat(Ranking.nameShare("失业保险金怎么领", "失业保险金申领")).isEqualTo(4.0 / 6);
	}

	@Test
	void whatTheQuestionSaysItDoesNotMeanOrHasDoneAlreadyCountsAgainstTheItemNamedSo() {
		Ranking.Reading stolen = Ranking.Reading.of("身份证不是过期，是被偷了");
		assertThat(stolen.denied()).contains("过期");
		assertThat(stolen.meant()).contains("被偷").doesNotContain("过期");
		assertThat(Ranking.Reading.of("是不是要带户口簿，能不能网上办").denied()).isEmpty();
		assertThat(Ranking.Reading.of("我不是投靠亲属是人才引进").denied()).isEqualTo("投靠亲属 ");
		// two denials in a row are two: what follows the second 不是 is denied too, not meant
		Ranking.Reading neither = Ranking.Reading.of("出生证明不是补办也不是换，孩子刚出生");
		assertThat(neither.denied()).contains("补办").contains("换");
		assertThat(neither.meant()).doesNotContain("换").contains("孩子刚出生");
		// the question as asked, denial and all, is what is ranked (Responder.Reading#whole): searched without 诊所, the
		// question is still closest in meaning to 中医诊所备案, which the asker says is not meant
		List<Candidate> clinic = List.of(item("ZY", "中医诊所备案", 0.74, 10.9), item("DJ", "医疗机构执业登记", 0.71, 12.7),
				item("ZS", "诊所备案", 0.72, 6.6));
		assertThat(Ranking.rank("我要开的是门诊部不是诊所，门诊部也能备案吗，还是得做执业登记", clinic).get(0).best().ref())
			.isEqualTo("DJ");
		assertThat(Ranking.rank("我要开的是门诊部不是，门诊部也能备案吗，还是得做执业登记", clinic).get(0).best().ref())
			.as("without the denied words").isEqualTo("ZY");
		// the meaning of the words is closer to 签注, which the asker says is not what they want
		List<Candidate> card = List.of(item("QZ", "居住证签注", 0.72, 25.1), item("BL", "居住证遗失补领和换领", 0.70, 13.2));
		assertThat(Ranking.rank("居住证卡片丢失，不是要签注，是要重新补一张", card)).extracting(c -> c.best().ref())
			.containsExactly("BL", "QZ");
		List<Candidate> injury = List.of(item("RD", "工伤认定", 0.73, 12.5), item("DY", "工伤保险待遇核定支付", 0.74, 11.8));
		assertThat(Ranking.rank("工伤认定下来了，现在要领工伤的待遇", injury).get(0).best().ref()).isEqualTo("RD");
		assertThat(Ranking.rank("工伤已经认定下来了，现在要领工伤的待遇", injury).get(0).best().ref()).isEqualTo("DY");
	}

	@Test
	void aClearLeadOfTheCombinedScoreIsAnsweredWithoutAsking() {
		Triage triage = Triage.defaults(new Threshold(0.65, 0.55, 6.0, 7.0));
		List<Candidate> found = Ranking.rank("营业执照丢失怎么补", List.of(item("ZX", "个体工商户注销登记", 0.67, 6.0),
				item("BL", "营业执照遗失补领和换发", 0.68, 7.0)));
		Triage.Decision decision = triage.decide(found, false, new Answerability(1.0, false, false, AnswerabilityTests.BENCH_TREE), List.of(), Optional.empty());
		assertThat(decision.kind()).isEqualTo(Triage.Kind.ANSWER);
		assertThat(decision.candidates().get(0).best().ref()).isEqualTo("BL");
	}

	@Test
	void theDocumentsAQuestionSpeaksOfAreTheNamesNotTheActsOnThem() {
		KnowledgeIndex index = KnowledgeIndex.inMemory();
		assertThat(Vocabulary.documents(index.words("护照丢了怎么补办"))).containsExactly("护照");
		assertThat(Vocabulary.documents(index.words("理发店卫生许可证在哪办"))).containsExactly("卫生许可证");
		assertThat(Vocabulary.documents(index.words("居住证卡丢失能补吗"))).containsExactly("居住证");
		assertThat(Vocabulary.documents(index.words("家里养了条狗要办证吗"))).isEmpty();
	}

	@Test
	void aDocumentIsKnownOnlyWhereSomeSourceOfTheAgencyNamesIt() {
		KnowledgeIndex index = KnowledgeIndex.inMemory();
		Vocabulary vocabulary = new Vocabulary(List.of(QuestionReadingTests.chunk("/d/police/", "A", "居民身份证补领", "户口簿"),
				QuestionReadingTests.chunk("/d/hrss/", "B", "社会保障卡挂失补换", "居民身份证")), List.of(), index::words);
		assertThat(vocabulary.documentNamed("/d/police/", "身份证")).isTrue();
		assertThat(vocabulary.documentNamed("/d/police/", "护照")).isFalse();
		assertThat(vocabulary.documentNamed("/d/police/", "社会保障卡")).isFalse();
		assertThat(vocabulary.documentNamed("/d/", "社会保障卡")).isTrue();
	}

	@Test
	void everydayWordsDoNotMakeAQuestionForeignAndATypoOfAVariantIsCorrectedBeforeTheDictionary() {
		KnowledgeIndex index = KnowledgeIndex.inMemory();
		Terms terms = new Terms(List.of(new Term("社保卡", "社会保障卡"), new Term("社保", "社会保险"), new Term("老婆", "妻子")));
		Vocabulary vocabulary = new Vocabulary(List.of(QuestionReadingTests.chunk("/d/hrss/", "B", "社会保障卡挂失补换", "居民身份证")),
				terms.words(), index::words);
		Wording wording = new Wording(terms, vocabulary);
		Responder responder = new Responder(null, index, () -> wording, null, null);
		assertThat(responder.read("社保咔丢了补办").text()).startsWith("社会保障卡");
		assertThat(responder.read("老婆的孩子要办社保卡").words()).doesNotContain("孩子", "妻子");
	}

	@Test
	void aQuestionIsReadWithoutWhatItDeniesBeforeTheDictionaryWritesAnything() {
		KnowledgeIndex index = KnowledgeIndex.inMemory();
		// the dictionary writes 不动产权证书 for 房产证: its 不 denies nothing
		Terms terms = new Terms(List.of(new Term("房产证", "不动产权证书")));
		Vocabulary vocabulary = new Vocabulary(List.of(QuestionReadingTests.chunk("/d/", "A", "不动产权证书补发", "原证遗失")),
				terms.words(), index::words);
		Wording wording = new Wording(terms, vocabulary);
		Responder responder = new Responder(null, index, () -> wording, null, null);
		assertThat(responder.read("不是房产证，是户口簿丢了").text()).isEqualTo("不是，是户口簿丢了");
		assertThat(responder.read("是房产证丢了，不是换发").text()).isEqualTo("是不动产权证书丢了，不是");
	}

}
