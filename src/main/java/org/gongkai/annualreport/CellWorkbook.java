package org.gongkai.annualreport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The records of one report cell as a spreadsheet: the cell (agency, year, table, labels, figure, counting rule) in
 * the first rows, then one row per record under the column headers.
 */
public final class CellWorkbook {

	private CellWorkbook() {
	}

	/** @param text resolves a message key (headers, outcomes, the counting rule) in the reader's language */
	public static byte[] of(CellRecords cell, UnaryOperator<String> text) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("records");
			int r = 0;
			r = pair(sheet, r, cell.agencyName() + " " + cell.year(), cell.table());
			r = pair(sheet, r, String.join(" · ", cell.labels()), cell.figure());
			r = pair(sheet, r, cell.code(), text.apply(cell.rule()));
			r++;
			Row header = sheet.createRow(r++);
			for (int i = 0; i < cell.headers().size(); i++) {
				header.createCell(i).setCellValue(text.apply(cell.headers().get(i)));
				sheet.setColumnWidth(i, 7000);
			}
			for (CellRecords.Line line : cell.lines()) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < line.values().size(); i++) {
					CellRecords.Value value = line.values().get(i);
					row.createCell(i).setCellValue(value.key() ? text.apply(value.text()) : value.text());
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static int pair(Sheet sheet, int r, String first, String second) {
		Row row = sheet.createRow(r);
		row.createCell(0).setCellValue(first);
		row.createCell(1).setCellValue(second);
		return r + 1;
	}

}
