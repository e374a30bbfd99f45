package org.gongkai.publishing.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.publishing.ColumnFreshness;
import org.gongkai.publishing.FreshnessSource;

/**
 * The freshness board as a workbook: a summary sheet with one row per agency, and a sheet with every column and
 * account of every agency, each row naming its agency, so that a supervising office can sort and filter them.
 */
final class FreshnessWorkbook {

	private FreshnessWorkbook() {
	}

	static byte[] write(List<FreshnessPage.Board> boards, BiFunction<String, Object[], String> text) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet summary = workbook.createSheet(text.apply("freshness.summary", null));
			row(summary, 0, text.apply("freshness.agency", null), text.apply("freshness.summary.homeLast", null),
					text.apply("freshness.state.STALE", null), text.apply("freshness.state.DUE_SOON", null),
					text.apply("freshness.state.BLANK", null), text.apply("freshness.summary.vetoes", null));
			int r = 1;
			for (FreshnessPage.Board board : boards) {
				ColumnFreshness.Report report = board.report();
				Row row = row(summary, r++, report.agency().name(), date(report.homeLastUpdated()));
				row.createCell(2).setCellValue(report.count("STALE") + board.sourceCount("STALE"));
				row.createCell(3).setCellValue(report.count("DUE_SOON") + board.sourceCount("DUE_SOON"));
				row.createCell(4).setCellValue(report.count("BLANK") + board.sourceCount("BLANK"));
				row.createCell(5).setCellValue(board.vetoes());
			}
			Sheet columns = workbook.createSheet(text.apply("freshness.columns", null));
			row(columns, 0, text.apply("freshness.agency", null), text.apply("documents.column", null),
					text.apply("freshness.class", null), text.apply("freshness.last", null),
					text.apply("freshness.dueBy", null), text.apply("freshness.state", null));
			r = 1;
			for (FreshnessPage.Board board : boards) {
				String agency = board.report().agency().name();
				for (ColumnFreshness.ColumnState c : board.report().columns()) {
					row(columns, r++, agency, c.column().name(),
							text.apply("freshness.class." + c.column().freshness(), null), date(c.lastUpdated()),
							date(c.dueBy()), text.apply("freshness.state." + c.state(), null));
				}
				for (FreshnessPage.Section section : board.sections()) {
					for (FreshnessSource.Row item : section.rows()) {
						row(columns, r++, agency, item.name(), text.apply(section.headingKey(), null),
								date(item.lastUpdated()), date(item.dueBy()),
								text.apply("freshness.state." + item.state(), null));
					}
				}
			}
			for (int c = 0; c < 6; c++) {
				summary.setColumnWidth(c, c == 0 ? 30 * 256 : 14 * 256);
				columns.setColumnWidth(c, c < 2 ? 30 * 256 : 14 * 256);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Row row(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
		return row;
	}

	private static String date(LocalDate day) {
		return day == null ? "—" : day.toString();
	}

}
