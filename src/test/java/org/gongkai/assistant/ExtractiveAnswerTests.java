package org.gongkai.assistant;

import java.util.List;

import org.gongkai.assistant.Chunk.Section;
import org.gongkai.assistant.Retrieval.Candidate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How sources are cut into passages and how an answer is quoted from them, without an index. */
class ExtractiveAnswerTests {

	static final ServiceItem ITEM = new ServiceItem("T-1", "残疾人证新办", "示例区残疾人联合会", "《残疾人保障法》", "本区户籍残疾人",
			List.of("身份证", "照片3张"), "申请、评定、发证", "15个工作日", "不收费", "和平路26号", "工作日", "000-1",
			List.of(new ServiceItem.Faq("去哪评定？", "指定医院。")));

	static final ServiceGuide GUIDE = new ServiceGuide("demo-district", "示例区", "/demo-district/", ITEM, true, null);

	@Test
	void anItemIsCutIntoItsSectionsAndOnePassagePerQuestion() {
		List<Chunk> chunks = Chunking.of(GUIDE);
		assertThat(chunks).extracting(Chunk::section)
			.containsExactly(Section.OVERVIEW, Section.CONDITIONS, Section.MATERIALS, Section.PROCESS,
					Section.TIME_AND_FEE, Section.WHERE, Section.FAQ);
		assertThat(chunks.get(2).searchable()).isEqualTo("残疾人证新办 申请材料：身份证\n照片3张");
		assertThat(chunks).allMatch(c -> c.url().equals("/service-guides/demo-district/T-1")
				&& c.facts().equals("办理时限：15个工作日；收费：不收费"));
	}

	@Test
	void materialsAreListedAndTheTimeLimitAndFeeAlwaysStated() {
		List<Chunk> chunks = Chunking.of(GUIDE);
		Candidate candidate = new Candidate(chunks.get(0).sourceKey(), List.of(chunks.get(2), chunks.get(6)), 0.03,
				0.8, 10);
		assertThat(ExtractiveAnswer.of(candidate)).isEqualTo("""
				关于“残疾人证新办”：
				申请材料：
				• 身份证
				• 照片3张
				问：去哪评定？
				答：指定医院。
				办理时限：15个工作日；收费：不收费
				详见办事指南：残疾人证新办""");
	}

	@Test
	void aDocumentIsCutIntoParagraphsOfAboutThreeHundredCharacters() {
		String longParagraph = "这是一句话。".repeat(80);
		List<Chunk> chunks = Chunking.of(7, "demo-bureau", "/demo-district/demo-bureau/", "某通知",
				"<p>第一段。</p><p>第二段。</p><ul><li>要点一</li></ul><p>" + longParagraph + "</p>",
				"/site/demo-bureau/documents/7.html", false);
		assertThat(chunks.get(0).text()).startsWith("第一段。\n第二段。\n要点一");
		assertThat(chunks).allMatch(c -> c.text().length() <= Chunking.PARAGRAPH_TARGET + 10);
		assertThat(String.join("", chunks.stream().map(Chunk::text).toList()).replace("\n", ""))
			.isEqualTo("第一段。第二段。要点一" + longParagraph);
		assertThat(ExtractiveAnswer.of(new Candidate("document:7", chunks, 0.03, 0.8, 10))).startsWith("根据《某通知》：\n第一段。")
			.endsWith("详见原文：某通知");
	}

}
