package org.gongkai.annualreport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.platform.DomainException;

/**
 * The administrative statistics as a spreadsheet: a template with one row per year (年度, 行政许可, 行政处罚, 行政强制,
 * 行政事业性收费（万元）), and reading a filled one back, refusing the whole file with the first bad row named.
 */
public final class StatisticsWorkbook {

	static final List<String> HEADERS = List.of("年度", "行政许可", "行政处罚", "行政强制", "行政事业性收费（万元）");

	private StatisticsWorkbook() {
	}

	/** The template, pre-filled with the figures already entered. */
	public static byte[] template(List<AdministrativeFigures> years) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("administrativeStatistics");
			Row header = sheet.createRow(0);
			for (int i = 0; i < HEADERS.size(); i++) {
				header.createCell(i).setCellValue(HEADERS.get(i));
				sheet.setColumnWidth(i, 6000);
			}
			for (int r = 0; r < years.size(); r++) {
				AdministrativeFigures f = years.get(r);
				Row row = sheet.createRow(r + 1);
				row.createCell(0).setCellValue(f.year());
				row.createCell(1).setCellValue(f.licensing());
				row.createCell(2).setCellValue(f.penalty());
				row.createCell(3).setCellValue(f.enforcement());
				row.createCell(4).setCellValue(ReportTables.money(f.feesWanYuan()));
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write the statistics template", e);
		}
	}

	/** The figures of a filled template; a row that cannot be read refuses the file, naming the row. */
	public static List<AdministrativeFigures> read(InputStream in) {
		List<AdministrativeFigures> years = new ArrayList<>();
		DataFormatter text = new DataFormatter();
		try (Workbook workbook = WorkbookFactory.create(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null || blank(row.getCell(0))) {
					continue;
				}
				try {
					AdministrativeFigures figures = new AdministrativeFigures(
							Integer.parseInt(text.formatCellValue(row.getCell(0)).strip()), count(row.getCell(1)),
							count(row.getCell(2)), count(row.getCell(3)),
							new BigDecimal(blank(row.getCell(4)) ? "0" : text.formatCellValue(row.getCell(4)).strip()));
					AdministrativeStatistics.validate(figures);
					years.add(figures);
				}
				catch (NumberFormatException | DomainException e) {
					throw DomainException.invalid("file", "annualreport.statistics.row", r + 1);
				}
			}
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof DomainException domain) {
				throw domain;
			}
			throw DomainException.invalid("file", "annualreport.statistics.file");
		}
		return years;
	}

	private static long count(Cell cell) {
		if (blank(cell)) {
			return 0;
		}
		double value = cell.getCellType() == CellType.NUMERIC ? cell.getNumericCellValue()
				: Double.parseDouble(new DataFormatter().formatCellValue(cell).strip());
		if (value != Math.rint(value)) {
			throw new NumberFormatException("not a whole number: " + value);
		}
		return (long) value;
	}

	private static boolean blank(Cell cell) {
		return cell == null || new DataFormatter().formatCellValue(cell).isBlank();
	}

}
