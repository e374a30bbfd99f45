package org.gongkai.requests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.gongkai.platform.PdfLogging;

import org.springframework.stereotype.Component;

/**
 * Renders a {@link Letter} to A4 PDF (openhtmltopdf, in a serif CJK face of the system when {@link LetterFont} finds
 * one it can embed, else the bundled TrueType CJK font) and to DOCX (Apache POI, 仿宋/宋体 for Word), the forms an
 * agency files and an applicant downloads.
 */
@Component
class LetterRenderer {

	static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	/** The system's serif CJK face, or null for the bundled font only. */
	private final java.io.File serif;

	LetterRenderer() {
		this(LetterFont.DEBIAN_SERIF_CJK);
	}

	LetterRenderer(java.util.List<java.io.File> serifCandidates) {
		PdfLogging.install();
		this.serif = LetterFont.serif(serifCandidates).orElse(null);
	}

	/** The serif face the PDFs use, if any. */
	java.util.Optional<java.io.File> serif() {
		return java.util.Optional.ofNullable(serif);
	}

	byte[] pdf(Letter letter) {
		StringBuilder html = new StringBuilder("""
				<html><head><style>
				@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
				body { font-family: 'serif-cjk', 'cjk'; font-size: 16pt; line-height: 1.8; }
				h1 { font-size: 22pt; text-align: center; font-weight: bold; margin: 0 0 6pt; }
				.number { text-align: center; margin: 0 0 18pt; }
				p { margin: 0; text-indent: 2em; }
				p.addressee { text-indent: 0; }
				.sign { margin-top: 36pt; text-align: right; }
				.seal { text-align: right; color: #999; font-size: 12pt; }
				</style></head><body>""");
		html.append("<h1>").append(escape(letter.title())).append("</h1>");
		html.append("<div class='number'>").append(escape(letter.number())).append("</div>");
		html.append("<p class='addressee'>").append(escape(letter.addressee())).append("：</p>");
		letter.paragraphs().forEach(p -> html.append("<p>").append(escape(p)).append("</p>"));
		html.append("<div class='sign'>").append(escape(letter.agencyName())).append("</div>");
		html.append("<div class='seal'>（盖章）</div>");
		html.append("<div class='sign'>").append(letter.date().format(CHINESE_DATE)).append("</div>");
		html.append("</body></html>");
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			if (serif != null) {
				builder.useFont(serif, "serif-cjk");
			}
			builder.useFont(() -> LetterRenderer.class.getResourceAsStream("/fonts/DroidSansFallbackFull.ttf"), "cjk");
			builder.withHtmlContent(html.toString(), null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot render the letter as PDF", e);
		}
	}

	byte[] docx(Letter letter) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			paragraph(document, letter.title(), ParagraphAlignment.CENTER, 22, true, false);
			paragraph(document, letter.number(), ParagraphAlignment.CENTER, 16, false, false);
			paragraph(document, letter.addressee() + "：", ParagraphAlignment.LEFT, 16, false, false);
			letter.paragraphs().forEach(p -> paragraph(document, p, ParagraphAlignment.BOTH, 16, false, true));
			paragraph(document, letter.agencyName(), ParagraphAlignment.RIGHT, 16, false, false);
			paragraph(document, "（盖章）", ParagraphAlignment.RIGHT, 12, false, false);
			paragraph(document, letter.date().format(CHINESE_DATE), ParagraphAlignment.RIGHT, 16, false, false);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot render the letter as DOCX", e);
		}
	}

	private static void paragraph(XWPFDocument document, String text, ParagraphAlignment alignment, int size,
			boolean bold, boolean indent) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(alignment);
		if (indent) {
			paragraph.setFirstLineIndent(size * 20 * 2);
		}
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setBold(bold);
		run.setFontSize(size);
		run.setFontFamily(bold ? "方正小标宋简体" : "仿宋_GB2312", XWPFRun.FontCharRange.eastAsia);
	}

	private static String escape(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
