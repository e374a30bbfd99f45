package org.gongkai.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.publishing.PublishedDocuments;
import org.gongkai.publishing.PublishedDocuments.AttachmentFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The text of published PDF, DOCX and XLSX attachments (OGI art. 24: retrieval of what is published, files
 * included), extracted with PDFBox and POI. Images carry no text here; a file that cannot be read is left out with a
 * warning rather than holding up the index. At most {@link #MAX_CHARACTERS} characters of a file are kept.
 */
@Component
class ExtractedAttachmentTexts implements AttachmentTexts {

	static final int MAX_CHARACTERS = 200_000;

	private static final Logger log = LoggerFactory.getLogger(ExtractedAttachmentTexts.class);

	private final PublishedDocuments documents;

	ExtractedAttachmentTexts(PublishedDocuments documents) {
		this.documents = documents;
	}

	@Override
	public Map<Long, List<AttachmentText>> of(Collection<Long> documentIds) {
		Map<Long, List<AttachmentText>> texts = new HashMap<>();
		documents.liveAttachments(documentIds).forEach((document, files) -> {
			List<AttachmentText> extracted = new ArrayList<>();
			for (AttachmentFile file : files) {
				String text = text(file);
				if (text != null && !text.isBlank()) {
					extracted.add(new AttachmentText(file.fileName(),
							text.length() > MAX_CHARACTERS ? text.substring(0, MAX_CHARACTERS) : text.strip()));
				}
			}
			if (!extracted.isEmpty()) {
				texts.put(document, extracted);
			}
		});
		return texts;
	}

	static String text(AttachmentFile file) {
		try {
			return switch (file.type()) {
				case PDF -> {
					try (PDDocument pdf = Loader.loadPDF(file.file().toFile())) {
						yield new PDFTextStripper().getText(pdf);
					}
				}
				case DOCX -> {
					try (InputStream in = Files.newInputStream(file.file());
							XWPFWordExtractor word = new XWPFWordExtractor(new XWPFDocument(in))) {
						yield word.getText();
					}
				}
				case XLSX -> {
					try (InputStream in = Files.newInputStream(file.file());
							XSSFExcelExtractor excel = new XSSFExcelExtractor(new XSSFWorkbook(in))) {
						excel.setIncludeSheetNames(true);
						yield excel.getText();
					}
				}
				default -> null;
			};
		}
		catch (IOException | RuntimeException e) {
			log.warn("Cannot read the text of attachment {}: {}", file.fileName(), e.toString());
			return null;
		}
	}

}
