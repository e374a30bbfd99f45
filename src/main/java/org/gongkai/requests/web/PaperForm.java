package org.gongkai.requests.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.gongkai.requests.Applicant;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.DeliveryMethod;

import org.springframework.context.MessageSource;

/**
 * The 申请表 to print and fill in by hand (a letter, a visit to the office): a Word document with the fields of the
 * online form, in the same words, the choices listed with boxes to tick, and the statutory time limit.
 */
final class PaperForm {

	private PaperForm() {
	}

	static byte[] docx(MessageSource messages, Locale locale) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFParagraph title = document.createParagraph();
			title.setAlignment(ParagraphAlignment.CENTER);
			XWPFRun titleRun = title.createRun();
			titleRun.setBold(true);
			titleRun.setFontSize(18);
			titleRun.setFontFamily("SimSun");
			titleRun.setText(text(messages, locale, "apply.title"));
			List<String[]> rows = List.of(row(messages, locale, "apply.agency", ""),
					row(messages, locale, "requests.applicantType", boxes(messages, locale, "requests.applicantType",
							ApplicantType.values())),
					row(messages, locale, "apply.name", ""),
					row(messages, locale, "requests.idType",
							boxes(messages, locale, "requests.idType", Applicant.IdType.values())),
					row(messages, locale, "requests.idNumber", ""), row(messages, locale, "agency.creditCode", ""),
					row(messages, locale, "requests.legalRepresentative", ""), row(messages, locale, "requests.phone", ""),
					row(messages, locale, "requests.email", ""), row(messages, locale, "requests.address", ""),
					row(messages, locale, "requests.description", "\n\n\n\n"),
					row(messages, locale, "requests.documentNumber", ""),
					row(messages, locale, "requests.deliveryMethod",
							boxes(messages, locale, "requests.deliveryMethod", DeliveryMethod.values())),
					row(messages, locale, "apply.paperCopy", "□ " + text(messages, locale, "apply.paperForm.yes") + "  □ "
							+ text(messages, locale, "apply.paperForm.no")),
					row(messages, locale, "apply.paperForm.signature", ""),
					row(messages, locale, "apply.paperForm.date", ""));
			XWPFTable table = document.createTable(rows.size(), 2);
			table.setWidth("100%");
			for (int i = 0; i < rows.size(); i++) {
				cell(table, i, 0, rows.get(i)[0] + (required(rows.get(i)[0], messages, locale) ? " *" : ""), true);
				cell(table, i, 1, rows.get(i)[1], false);
			}
			for (String key : List.of("apply.intro", "apply.timeLimit", "apply.paperForm.hint")) {
				XWPFParagraph note = document.createParagraph();
				XWPFRun run = note.createRun();
				run.setFontFamily("SimSun");
				run.setFontSize(10);
				run.setText(text(messages, locale, key));
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static boolean required(String label, MessageSource messages, Locale locale) {
		return List.of("apply.agency", "apply.name", "requests.idNumber", "requests.phone", "requests.address",
				"requests.description", "requests.deliveryMethod", "requests.applicantType")
			.stream()
			.anyMatch(key -> text(messages, locale, key).equals(label));
	}

	private static void cell(XWPFTable table, int row, int column, String text, boolean bold) {
		XWPFParagraph paragraph = table.getRow(row).getCell(column).getParagraphs().get(0);
		String[] lines = text.split("\n", -1);
		XWPFRun run = paragraph.createRun();
		run.setBold(bold);
		run.setFontFamily("SimSun");
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i]);
		}
	}

	private static String[] row(MessageSource messages, Locale locale, String key, String value) {
		return new String[] { text(messages, locale, key), value };
	}

	private static String boxes(MessageSource messages, Locale locale, String prefix, Enum<?>[] values) {
		return Arrays.stream(values)
			.map(value -> "□ " + text(messages, locale, prefix + "." + value.name()))
			.collect(Collectors.joining("  "));
	}

	private static String text(MessageSource messages, Locale locale, String key) {
		return messages.getMessage(key, null, locale);
	}

}
