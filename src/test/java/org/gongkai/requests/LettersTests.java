package org.gongkai.requests;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.requests.DisclosureRequests.act;
import static org.gongkai.requests.DisclosureRequests.command;

/** Letters render to PDF and DOCX with their Chinese text intact, read back from the files. */
class LettersTests {

	private final LetterRenderer renderer = new LetterRenderer();

	/** The settings of 示例区某局: its reconsideration body, court and contact. */
	static final LetterSettings SETTINGS = new LetterSettings("示例区人民政府", "示例区人民法院", "王专员", "027-88880001",
			"本答复书一式两份。", 1, "leader", java.time.Instant.parse("2025-01-02T00:00:00Z"));

	@Test
	void aPartialDisclosureReplyNamesEachWithheldPartItsBasisAndReasonTheRemediesAndTheContact() throws Exception {
		DisclosureRequest request = DisclosureRequests.received(LocalDate.of(2025, 3, 3));
		act(request, new RequestCommand.Reply(LocalDate.of(2025, 3, 20), Outcome.PARTIALLY_DISCLOSED, null,
				List.of(new WithheldPart("中标人的报价明细", LegalBasis.ART15_THIRD_PARTY, "属于中标人的商业秘密，其不同意公开"),
						new WithheldPart("评标专家的讨论记录", LegalBasis.ART16_PROCESS_INFORMATION, "属于评审过程中的讨论记录")),
				"示例区政府门户网站“政府采购”栏目", null, 0));
		Letter letter = Letters.after(RequestAction.REPLY, request, "示例区某局", null, SETTINGS).orElseThrow();

		String pdf = pdfText(renderer.pdf(letter));
		assertThat(pdf).contains("政府信息公开申请答复书", "张三", "第三十七条", "60日内", "6个月内", "示例区某局",
				"2025年3月20日", "向示例区人民政府申请行政复议", "向示例区人民法院提起行政诉讼", "联系人：王专员", "027-88880001");

		List<String> docx = docxParagraphs(renderer.docx(letter));
		assertThat(docx.get(0)).isEqualTo("政府信息公开申请答复书");
		String text = String.join("\n", docx);
		assertThat(text).contains("第三十七条", Letters.remedies(SETTINGS), "2025年3月20日", "本答复书一式两份。")
			.contains("不予公开的部分：中标人的报价明细。该部分涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害，"
					+ "具体理由是：属于中标人的商业秘密，其不同意公开。根据《中华人民共和国政府信息公开条例》第十五条的规定，不予公开。")
			.contains("评标专家的讨论记录", "第十六条第二款")
			.contains("该信息已主动公开，您可以通过以下途径获取：示例区政府门户网站“政府采购”栏目")
			.doesNotContain("第十四条至第十六条");
	}

	@Test
	void aRefusalGivesItsSpecificReason() {
		DisclosureRequest request = DisclosureRequests.received(LocalDate.of(2025, 3, 3));
		act(request, new RequestCommand.Reply(LocalDate.of(2025, 3, 20), Outcome.WITHHELD_INTERNAL_AFFAIRS,
				"所申请的是本局干部考核的内部工作流程", List.of(), null, null, 0));
		Letter letter = Letters.after(RequestAction.REPLY, request, "示例区某局", null, SETTINGS).orElseThrow();
		assertThat(String.join("", letter.paragraphs())).contains("第十六条第一款",
				"具体理由是：所申请的是本局干部考核的内部工作流程。");
	}

	@Test
	void theReplyQuotesTheClarifiedRequest() {
		DisclosureRequest request = DisclosureRequests.received(LocalDate.of(2025, 3, 3));
		act(request, command(RequestAction.REQUEST_CLARIFICATION, LocalDate.of(2025, 3, 4)));
		act(request, new RequestCommand.RecordClarification(LocalDate.of(2025, 3, 6), "2024年度老旧小区改造项目的资金拨付明细"));
		act(request, command(RequestAction.REPLY, LocalDate.of(2025, 3, 20)));
		Letter letter = Letters.after(RequestAction.REPLY, request, "示例区某局", null, SETTINGS).orElseThrow();
		assertThat(letter.paragraphs().get(0)).contains("2024年度某项目资金使用情况")
			.contains("您于2025年3月6日补正了申请，补正后申请公开的内容为：“2024年度老旧小区改造项目的资金拨付明细”。");
	}

	@Test
	void theExtensionNoticeNamesTheDayTheHeadOfTheOfficeApproved() {
		DisclosureRequest request = DisclosureRequests.received(LocalDate.of(2025, 3, 3));
		act(request, command(RequestAction.REQUEST_EXTENSION, LocalDate.of(2025, 3, 20)));
		act(request, new RequestCommand.DecideExtension(LocalDate.of(2025, 3, 24), true, null));
		Letter notice = Letters.after(RequestAction.APPROVE_EXTENSION, request, "示例区某局", null, SETTINGS)
			.orElseThrow();
		assertThat(notice.kind()).isEqualTo(Letter.Kind.EXTENSION_NOTICE);
		assertThat(String.join("", notice.paragraphs())).contains("经本机关政府信息公开工作机构负责人于2025年3月24日同意",
				"答复期限延长20个工作日", "联系人：王专员");
	}

	@Test
	void whatWasWrittenAsASentenceReadsAsAClauseInsideTheLetters() {
		DisclosureRequest request = DisclosureRequests.received(LocalDate.of(2025, 3, 3));
		act(request, new RequestCommand.Extend(LocalDate.of(2025, 3, 20), 15, "因需调取多个科室档案，工作量大。"));
		String notice = String.join("", Letters.after(RequestAction.EXTEND, request, "示例区某局", null, SETTINGS)
			.orElseThrow()
			.paragraphs());
		assertThat(notice).contains("收到您提出的关于“2024年度某项目资金使用情况”的政府信息公开申请",
				"因需调取多个科室档案，工作量大，本机关不能在法定期限内答复").doesNotContain("。，", "。”", "因因");
		assertThat(Letters.clause(" 请公开2025年第3次常务会议纪要。 ")).isEqualTo("请公开2025年第3次常务会议纪要");
		assertThat(Letters.clause("工作量大；")).isEqualTo("工作量大");
	}

	@Test
	void pdfsUseASystemSerifFaceOnlyWhenItHasTrueTypeOutlines() throws Exception {
		java.io.File noto = new java.io.File("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc");
		if (noto.canRead()) {
			assertThat(LetterFont.hasTrueTypeOutlines(noto)).as("Noto Serif CJK has CFF outlines").isFalse();
		}
		java.nio.file.Path trueType = java.nio.file.Files.createTempFile("serif", ".ttf");
		try (var in = LetterRenderer.class.getResourceAsStream("/fonts/DroidSansFallbackFull.ttf")) {
			java.nio.file.Files.copy(in, trueType, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		LetterRenderer withSerif = new LetterRenderer(List.of(noto, new java.io.File("/nonexistent.ttf"),
				trueType.toFile()));
		assertThat(withSerif.serif()).contains(trueType.toFile());
		DisclosureRequest request = DisclosureRequests.received(LocalDate.of(2025, 3, 3));
		act(request, command(RequestAction.REPLY, LocalDate.of(2025, 3, 20)));
		Letter letter = Letters.after(RequestAction.REPLY, request, "示例区某局", null, SETTINGS).orElseThrow();
		assertThat(pdfText(withSerif.pdf(letter))).contains("政府信息公开申请答复书", "示例区人民法院");
		assertThat(new LetterRenderer(List.of(noto)).serif()).as("no usable serif face: the bundled font").isEmpty();
		java.nio.file.Files.delete(trueType);
	}

	@Test
	void everyOutcomeHasItsOwnWording() {
		for (Outcome outcome : Outcome.values()) {
			assertThat(Letters.decision(outcome)).as(outcome.name()).isNotBlank();
		}
		assertThat(Letters.decision(Outcome.WITHHELD_THIRD_PARTY_RIGHTS)).contains("第十五条");
		assertThat(Letters.decision(Outcome.UNAVAILABLE_NEEDS_CREATION)).contains("第三十八条");
	}

	@Test
	void theClarificationNoticeListsTheItemsAndThePeriod() throws Exception {
		DisclosureRequest request = DisclosureRequests.received(LocalDate.of(2025, 3, 3));
		act(request, command(RequestAction.REQUEST_CLARIFICATION, LocalDate.of(2025, 3, 4)));
		Letter notice = Letters.after(RequestAction.REQUEST_CLARIFICATION, request, "示例区某局", null, SETTINGS).orElseThrow();
		assertThat(pdfText(renderer.pdf(notice))).contains("补正", "请写明所需文件的名称或文号", "2025年3月18日前");
	}

	@Test
	void theFeeNoticeStatesAmountBasisAndPeriod() throws Exception {
		DisclosureRequest request = DisclosureRequests.received(LocalDate.of(2025, 3, 3));
		act(request, command(RequestAction.SEND_FEE_NOTICE, LocalDate.of(2025, 3, 4)));
		Letter notice = Letters.after(RequestAction.SEND_FEE_NOTICE, request, "示例区某局", null, SETTINGS).orElseThrow();
		assertThat(String.join("", docxParagraphs(renderer.docx(notice)))).contains("100元", "国办函〔2020〕109号",
				"按量计收，共40页", "20个工作日内");
	}

	@Test
	void aNoticeWhosePeriodRunsIntoAYearWithoutItsHolidayNoticeSaysSo() throws Exception {
		LocalDate yearEnd = LocalDate.of(2026, 12, 31);
		DisclosureRequest request = DisclosureRequests.received(LocalDate.of(2026, 12, 21));
		request.apply(command(RequestAction.SEND_FEE_NOTICE, LocalDate.of(2026, 12, 22)), yearEnd,
				DisclosureRequests.CALENDAR);
		assertThat(request.feeDueOn).as("20 working days over 元旦 2027").isEqualTo(LocalDate.of(2027, 1, 20));
		Letter notice = Letters.after(RequestAction.SEND_FEE_NOTICE, request, "示例区某局", 2027, SETTINGS).orElseThrow();
		assertThat(pdfText(renderer.pdf(notice))).contains("2027年部分节假日安排的通知尚未公布",
				"暂按《全国年节及纪念日放假办法》规定的法定节假日推算");
		request.apply(command(RequestAction.RECORD_PAYMENT, LocalDate.of(2026, 12, 23)), yearEnd,
				DisclosureRequests.CALENDAR);
		request.apply(command(RequestAction.REPLY, LocalDate.of(2026, 12, 24)), yearEnd, DisclosureRequests.CALENDAR);
		assertThat(Letters.after(RequestAction.REPLY, request, "示例区某局", 2027, SETTINGS).orElseThrow().paragraphs())
			.as("a reply names no period").noneMatch(paragraph -> paragraph.contains("暂按"));
	}

	static String pdfText(byte[] pdf) throws Exception {
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
		}
	}

	static List<String> docxParagraphs(byte[] docx) throws Exception {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
		}
	}

}
