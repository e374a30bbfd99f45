package org.gongkai.platform;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a ledger's rows as they come (issue 19): XLSX through POI's streaming workbook, which keeps
 * {@value #WINDOW} rows in memory and the rest in a compressed temporary file, or CSV (UTF-8 with a byte order mark,
 * so that Excel reads Chinese). Instants are written in Beijing time, other values as text or numbers; no cell is
 * ever a formula, and a CSV cell that a spreadsheet would read as one is prefixed with an apostrophe.
 */
public final class Spreadsheet {

	static final int WINDOW = 100;

	/** Excel's limit on a cell's text. */
	static final int CELL_LIMIT = 32_767;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(Beijing.ZONE);

	private Spreadsheet() {
	}

	/** Where a ledger writes its rows, one call a row. */
	@FunctionalInterface
	public interface Rows {

		void add(Object... cells);

	}

	/** Fills the rows of an export. */
	@FunctionalInterface
	public interface Filler {

		void fill(Rows rows);

	}

	/**
	 * Writes the rows as an XLSX workbook of one sheet, the headers in bold on a frozen first row. The workbook is
	 * only made at the first row (or at the end, when there is none), so that a query refused before its first row
	 * leaves nothing to clean up.
	 */
	public static void xlsx(OutputStream out, String sheetName, List<String> headers, Filler filler)
			throws IOException {
		Sheet sheet = new Sheet(sheetName, headers);
		try {
			filler.fill(sheet::add);
			sheet.start().write(out);
		}
		finally {
			sheet.close();
		}
	}

	/** The one sheet of an export, started at its first row. */
	private static final class Sheet {

		private final String name;

		private final List<String> headers;

		private SXSSFWorkbook workbook;

		private SXSSFSheet sheet;

		private int next = 1;

		Sheet(String name, List<String> headers) {
			this.name = name;
			this.headers = headers;
		}

		SXSSFWorkbook start() {
			if (workbook == null) {
				workbook = new SXSSFWorkbook(WINDOW);
				workbook.setCompressTempFiles(true);
				sheet = workbook.createSheet(name);
				CellStyle bold = workbook.createCellStyle();
				Font font = workbook.createFont();
				font.setBold(true);
				bold.setFont(font);
				Row header = sheet.createRow(0);
				for (int i = 0; i < headers.size(); i++) {
					Cell cell = header.createCell(i);
					cell.setCellValue(headers.get(i));
					cell.setCellStyle(bold);
				}
				sheet.createFreezePane(0, 1);
			}
			return workbook;
		}

		void add(Object... cells) {
			start();
			Row row = sheet.createRow(next++);
			for (int i = 0; i < cells.length; i++) {
				set(row.createCell(i), cells[i]);
			}
		}

		void close() throws IOException {
			if (workbook != null) {
				workbook.close();
			}
		}

	}

	private static void set(Cell cell, Object value) {
		if (value == null) {
			cell.setBlank();
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof Boolean flag) {
			cell.setCellValue(flag);
		}
		else {
			String text = text(value);
			cell.setCellValue(text.length() > CELL_LIMIT ? text.substring(0, CELL_LIMIT) : text);
		}
	}

	static String text(Object value) {
		if (value == null) {
			return "";
		}
		return value instanceof Instant instant ? TIME.format(instant) : value.toString();
	}

	public static void csv(OutputStream out, List<String> headers, Filler filler) throws IOException {
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		writer.write('\uFEFF');
		line(writer, headers.toArray());
		try {
			filler.fill(cells -> {
				try {
					line(writer, cells);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
		catch (UncheckedIOException e) {
			throw e.getCause();
		}
		writer.flush();
	}

	private static void line(Writer writer, Object[] cells) throws IOException {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				writer.write(',');
			}
			writer.write(csvCell(cells[i]));
		}
		writer.write("\r\n");
	}

	static String csvCell(Object value) {
		String text = value instanceof Number ? value.toString() : text(value);
		if (!text.isEmpty() && !(value instanceof Number) && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

}
