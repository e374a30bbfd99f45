package org.gongkai.publishing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
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
