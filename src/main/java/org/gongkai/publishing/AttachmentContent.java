package org.gongkai.publishing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plain text of a PDF, DOCX or XLSX attachment, extracted with PDFBox and POI: what the confidentiality check
 * reads in a file before it is published (OGI art. 17) and what search indexes once it is (OGI art. 24). Images carry
 * no text here; a file that cannot be read has none, with a warning. At most {@link #MAX_CHARACTERS} characters of a
 * file are kept.
 */
public final class AttachmentContent {

	/** The most characters of one file's text kept. */
	public static final int MAX_CHARACTERS = 200_000;

	private static final Logger log = LoggerFactory.getLogger(AttachmentContent.class);

	private AttachmentContent() {
	}

	/** The text of a file of this type, stripped; empty when it has none or cannot be read. */
	public static String text(String fileName, AttachmentType type, byte[] content) {
		try {
			String text = switch (type) {
				case PDF -> {
					try (PDDocument pdf = Loader.loadPDF(content)) {
						yield new PDFTextStripper().getText(pdf);
					}
				}
				case DOCX -> {
					try (InputStream in = new ByteArrayInputStream(content);
							XWPFWordExtractor word = new XWPFWordExtractor(new XWPFDocument(in))) {
						yield word.getText();
					}
				}
				case XLSX -> {
					try (InputStream in = new ByteArrayInputStream(content);
							XSSFExcelExtractor excel = new XSSFExcelExtractor(new XSSFWorkbook(in))) {
						excel.setIncludeSheetNames(true);
						yield excel.getText();
					}
				}
				case PNG, JPEG, GIF -> "";
			};
			String stripped = text.strip();
			return stripped.length() > MAX_CHARACTERS ? stripped.substring(0, MAX_CHARACTERS) : stripped;
		}
		catch (IOException | RuntimeException e) {
			log.warn("Cannot read the text of attachment {}: {}", fileName, e.toString());
			return "";
		}
	}

}
