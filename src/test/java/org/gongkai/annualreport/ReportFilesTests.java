package org.gongkai.annualreport;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DOCX, PDF and XLSX of 示例区某局's 2025 report as the demo published it, read back: the DOCX tables cell by cell against the seed report
 * (with merged header cells as gridSpan and vMerge), the XLSX cells and merged regions, the PDF's page size, headings
 * and table texts.
 */
@IntegrationTest
class ReportFilesTests {

	@Autowired
	AnnualReports reports;

	private AnnualReport report;

	private List<List<List<String>>> seed;

	@BeforeEach
	void report() throws Exception {
		List<AnnualReport> versions = reports.versions("demo-bureau", 2025);
		report = versions.get(versions.size() - 1);
		seed = SeedTables.read("/annualreport/example-annual-report-2025.txt");
	}

	@Test
	void theDocxTablesEqualTheSeedCellByCellWithMergedHeaders() throws Exception {
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(ReportFiles.docx(report)))) {
			assertThat(docx.getDocument().getBody().getSectPr().getPgSz().getW()).hasToString("11906");
			List<XWPFTable> tables = docx.getTables();
			assertThat(tables).hasSize(3);
			for (int t = 0; t < 3; t++) {
				List<List<String>> rows = new ArrayList<>();
				for (XWPFTableRow row : tables.get(t).getRows()) {
					rows.add(row.getTableCells()
						.stream()
						.map(XWPFTableCell::getText)
						.map(SeedTables::normal)
						.filter(text -> !text.isEmpty())
						.toList());
				}
				assertThat(rows.stream().filter(row -> !row.isEmpty()).toList()).as("table %d", t + 2)
					.isEqualTo(seed.get(t).stream().filter(row -> !row.isEmpty()).toList());
			}
			XWPFTableCell corner = tables.get(1).getRow(0).getCell(0);
			assertThat(corner.getText()).isEqualTo(ReportTables.BALANCE_NOTE);
			assertThat(corner.getCTTc().getTcPr().getGridSpan().getVal()).hasToString("3");
			assertThat(tables.get(1).getRow(1).getCell(0).getCTTc().getTcPr().getVMerge()).isNotNull();
			String text = docx.getParagraphs().stream().map(p -> p.getText()).reduce("", String::concat);
			assertThat(text).contains("一、总体情况", "六、其他需要报告的事项", "累计主动公开各类政务信息共41条");
		}
	}

	@Test
	void theXlsxHasTheTablesWithTheirMergedRegions() throws Exception {
		try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(ReportFiles.xlsx(report)))) {
			Sheet sheet = xlsx.getSheetAt(0);
			DataFormatter format = new DataFormatter();
			List<List<String>> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				row.forEach(cell -> cells.add(SeedTables.normal(format.formatCellValue(cell))));
				rows.add(cells.stream().filter(text -> !text.isEmpty()).toList());
			}
			List<List<String>> expected = new ArrayList<>();
			expected.add(List.of(SeedTables.normal(report.title())));
			for (int t = 0; t < 3; t++) {
				expected.add(List.of(SeedTables.normal(report.tables().get(t).caption())));
				expected.addAll(seed.get(t).stream().filter(row -> !row.isEmpty()).toList());
			}
			assertThat(rows.stream().filter(row -> !row.isEmpty()).toList()).isEqualTo(expected);
			assertThat(sheet.getMergedRegions()).anySatisfy(region -> {
				assertThat(region.getNumberOfCells()).isEqualTo(9);
				assertThat(format.formatCellValue(sheet.getRow(region.getFirstRow()).getCell(region.getFirstColumn())))
					.isEqualTo(ReportTables.BALANCE_NOTE);
			});
		}
	}

	@Test
	void thePdfIsA4WithTheHeadingsAndTheTables() throws Exception {
		try (PDDocument pdf = Loader.loadPDF(ReportFiles.pdf(report))) {
			PDRectangle page = pdf.getPage(0).getMediaBox();
			assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
			String text = SeedTables.normal(new PDFTextStripper().getText(pdf));
			assertThat(text).contains(SeedTables.normal(report.title()), "一、总体情况", "二、主动公开政府信息情况",
					"三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
					"六、其他需要报告的事项", "累计主动公开各类政务信息共41条");
			for (List<List<String>> table : seed.subList(0, 3)) {
				for (List<String> row : table) {
					row.stream().filter(cell -> cell.length() <= 10).forEach(cell -> assertThat(text).contains(cell));
				}
			}
			assertThat(text).contains("行政规范性文件001");
		}
	}

}
