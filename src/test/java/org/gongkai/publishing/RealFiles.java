package org.gongkai.publishing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real files of each kind an agency attaches, made with the libraries that write them. */
final class RealFiles {

	private RealFiles() {
	}

	static byte[] pdf() {
		return write(out -> new PdfRendererBuilder()
			.withHtmlContent("<html><body><p>2025 budget</p></body></html>", null)
			.toStream(out)
			.run());
	}

	/**
	 * A one-page PDF whose text layer reads {@code text}: Chinese in the bundled font, which has no Latin letters or
	 * digits, and those in Helvetica.
	 */
	static byte[] pdf(String text) {
		return write(out -> {
			try (PDDocument document = new PDDocument();
					InputStream font = RealFiles.class.getResourceAsStream("/fonts/DroidSansFallbackFull.ttf")) {
				PDPage page = new PDPage();
				document.addPage(page);
				PDType0Font chinese = PDType0Font.load(document, font);
				PDType1Font latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.newLineAtOffset(72, 700);
					Matcher run = Pattern.compile("[\\x20-\\x7e]+|[^\\x20-\\x7e]+").matcher(text);
					while (run.find()) {
						content.setFont(run.group().charAt(0) < 0x7f ? latin : chinese, 12);
						content.showText(run.group());
					}
					content.endText();
				}
				document.save(out);
			}
		});
	}

	static byte[] docx() {
		return write(out -> {
			try (XWPFDocument document = new XWPFDocument()) {
				document.createParagraph().createRun().setText("示例区某局2025年部门预算");
				document.write(out);
			}
		});
	}

	static byte[] xlsx() {
		return write(out -> {
			try (XSSFWorkbook workbook = new XSSFWorkbook()) {
				workbook.createSheet("预算").createRow(0).createCell(0).setCellValue("一般公共预算");
				workbook.write(out);
			}
		});
	}

	static byte[] png() {
		return write(out -> ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out));
	}

	static byte[] jpeg() {
		return write(out -> ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "jpg", out));
	}

	private interface Writer {

		void write(ByteArrayOutputStream out) throws IOException;

	}

	private static byte[] write(Writer writer) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			writer.write(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

}
