package org.gongkai.annualreport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.platform.DomainException;

/**
 * The history import of annual-report.md §6 as a workbook: one sheet per array, named like it, the first row holding
 * the field names; each further row is one record. Dates may be typed as text (2024-03-01) or as spreadsheet dates.
 */
public final class HistoryWorkbook {

	static final Map<String, List<String>> SHEETS = new LinkedHashMap<>();

	static {
		SHEETS.put("requests", List.of("reference", "applicantType", "receivedOn", "closedOn", "outcome"));
		SHEETS.put("normativeDocuments",
				List.of("reference", "kind", "title", "documentNumber", "issuedOn", "abolishedOn"));
		SHEETS.put("reconsiderations", List.of("reference", "filedOn", "decidedOn", "result"));
		SHEETS.put("litigations", List.of("reference", "filedOn", "afterReconsideration", "decidedOn", "result"));
		SHEETS.put("administrativeStatistics",
				List.of("year", "licensing", "penalty", "enforcement", "administrativeFeesWanYuan"));
	}

	private HistoryWorkbook() {
	}

	/** The empty template: the five sheets with their header rows. */
	public static byte[] template() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			SHEETS.forEach((name, fields) -> {
				Row header = workbook.createSheet(name).createRow(0);
				for (int i = 0; i < fields.size(); i++) {
					header.createCell(i).setCellValue(fields.get(i));
				}
			});
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write the history template", e);
		}
	}

	/** Reads a filled workbook into the import document; the records are checked by {@link HistoryImport}. */
	public static HistoryDocument read(InputStream in) {
		try (Workbook workbook = WorkbookFactory.create(in)) {
			return new HistoryDocument(
					rows(workbook, "requests", r -> new HistoryDocument.Request(r.get("reference"),
							r.get("applicantType"), r.get("receivedOn"), r.get("closedOn"), r.get("outcome"))),
					rows(workbook, "normativeDocuments", r -> new HistoryDocument.Normative(r.get("reference"),
							r.get("kind"), r.get("title"), r.get("documentNumber"), r.get("issuedOn"),
							r.get("abolishedOn"))),
					rows(workbook, "reconsiderations", r -> new HistoryDocument.Case(r.get("reference"),
							r.get("filedOn"), false, r.get("decidedOn"), r.get("result"))),
					rows(workbook, "litigations", r -> new HistoryDocument.Case(r.get("reference"), r.get("filedOn"),
							List.of("true", "1", "是").contains(String.valueOf(r.get("afterReconsideration")).strip()),
							r.get("decidedOn"), r.get("result"))),
					rows(workbook, "administrativeStatistics", r -> new HistoryDocument.Statistics(
							whole(r.get("year")) == null ? null : whole(r.get("year")).intValue(),
							whole(r.get("licensing")), whole(r.get("penalty")), whole(r.get("enforcement")),
							r.get("administrativeFeesWanYuan"))));
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof DomainException domain) {
				throw domain;
			}
			throw DomainException.invalid("file", "annualreport.statistics.file");
		}
	}

	private static <T> List<T> rows(Workbook workbook, String name, Function<Map<String, String>, T> record) {
		Sheet sheet = workbook.getSheet(name);
		List<T> records = new ArrayList<>();
		if (sheet == null) {
			return records;
		}
		List<String> fields = SHEETS.get(name);
		Row header = sheet.getRow(0);
		for (int i = 0; i < fields.size(); i++) {
			if (header == null || !fields.get(i).equals(text(header.getCell(i)))) {
				throw DomainException.invalid("file", "annualreport.import.header", name, fields.get(i));
			}
		}
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null || fields.stream().allMatch(f -> text(row.getCell(fields.indexOf(f))) == null)) {
				continue;
			}
			Map<String, String> values = new LinkedHashMap<>();
			for (int i = 0; i < fields.size(); i++) {
				values.put(fields.get(i), text(row.getCell(i)));
			}
			records.add(record.apply(values));
		}
		return records;
	}

	/** A cell as text: dates as ISO dates, whole numbers without ".0", blanks as null. */
	private static String text(Cell cell) {
		if (cell == null) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().toString();
		}
		String text = new DataFormatter().formatCellValue(cell).strip();
		return text.isEmpty() ? null : text;
	}

	private static Long whole(String text) {
		if (text == null) {
			return null;
		}
		try {
			return Long.valueOf(text);
		}
		catch (NumberFormatException e) {
			return -1L;
		}
	}

}
