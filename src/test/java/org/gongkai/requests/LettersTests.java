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

	@Test
	void aPartialDisclosureReplyCitesArticle37AndTheRemedies() throws Exception {
		DisclosureRequest request = DisclosureRequests.received(LocalDate.of(2025, 3, 3));
		act(request, new RequestCommand.Reply(LocalDate.of(2025, 3, 20), Outcome.PARTIALLY_DISCLOSED));
		Letter letter = Letters.after(RequestAction.REPLY, request, "示例区某局", null).orElseThrow();

		String pdf = pdfText(renderer.pdf(letter));
		assertThat(pdf).contains("政府信息公开申请答复书", "张三", "第三十七条", "60日内", "6个月内", "示例区某局",
				"2025年3月20日");

		List<String> docx = docxParagraphs(renderer.docx(letter));
		assertThat(docx.get(0)).isEqualTo("政府信息公开申请答复书");
		assertThat(String.join("\n", docx)).contains("第三十七条", Letters.REMEDIES, "2025年3月20日");
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
		Letter notice = Letters.after(RequestAction.REQUEST_CLARIFICATION, request, "示例区某局", null).orElseThrow();
		assertThat(pdfText(renderer.pdf(notice))).contains("补正", "请写明所需文件的名称或文号", "2025年3月18日前");
	}

	@Test
	void theFeeNoticeStatesAmountBasisAndPeriod() throws Exception {
		DisclosureRequest request = DisclosureRequests.received(LocalDate.of(2025, 3, 3));
		act(request, command(RequestAction.SEND_FEE_NOTICE, LocalDate.of(2025, 3, 4)));
		Letter notice = Letters.after(RequestAction.SEND_FEE_NOTICE, request, "示例区某局", null).orElseThrow();
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
		Letter notice = Letters.after(RequestAction.SEND_FEE_NOTICE, request, "示例区某局", 2027).orElseThrow();
		assertThat(pdfText(renderer.pdf(notice))).contains("2027年部分节假日安排的通知尚未公布",
				"暂按《全国年节及纪念日放假办法》规定的法定节假日推算");
		request.apply(command(RequestAction.RECORD_PAYMENT, LocalDate.of(2026, 12, 23)), yearEnd,
				DisclosureRequests.CALENDAR);
		request.apply(command(RequestAction.REPLY, LocalDate.of(2026, 12, 24)), yearEnd, DisclosureRequests.CALENDAR);
		assertThat(Letters.after(RequestAction.REPLY, request, "示例区某局", 2027).orElseThrow().paragraphs())
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
