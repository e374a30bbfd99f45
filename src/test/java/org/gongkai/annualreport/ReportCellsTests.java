package org.gongkai.annualreport;

import java.io.ByteArrayInputStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.IntegrationTest;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.platform.DomainException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every figure of tables 二, 三 and 四 opened to its records: the list holds as many records as the draft's figure,
 * by construction, in every cell of the demo's finance bureau over three years; staff and the supervising office
 * open them, the public report links nothing.
 */
@IntegrationTest
class ReportCellsTests {

	@Autowired
	ReportCells cells;

	@Autowired
	AnnualReports reports;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	private Staff staff(String username) {
		return StaffFixtures.principal(context, username).staff();
	}

	@Test
	void everyCountCellListsAsManyRecordsAsItsFigure() {
		Staff finance = staff("finance-editor");
		int nonZero = 0;
		for (int year = 2024; year <= 2026; year++) {
			ReportFigures figures = reports.draft(finance, "demo-finance", year).figures();
			for (String code : TypedFigures.CODES) {
				CellRecords cell = cells.records(finance, "demo-finance", year, code);
				String figure = TypedFigures.text(figures, code);
				assertThat(cell.figure()).as("%d %s", year, code).isEqualTo(figure);
				if (cell.countCell()) {
					assertThat(cell.counted()).as("%d %s", year, code).isEqualTo(Integer.parseInt(figure));
					assertThat(cell.agrees()).isTrue();
					nonZero += cell.counted() > 0 ? 1 : 0;
				}
			}
		}
		assertThat(nonZero).as("the demo has figures to trace").isGreaterThan(10);
	}

	@Test
	void aTableThreeCellListsTheApplicationsWithTheirRuleAndLabels() {
		CellRecords cell = cells.records(staff("finance-editor"), "demo-finance", 2025, "R2/TOTAL");
		assertThat(cell.labels()).containsExactly("二、上年结转政府信息公开申请数量", "申请人情况", "总计");
		assertThat(cell.table()).isEqualTo("三、收到和处理政府信息公开申请情况");
		assertThat(cell.rule()).isEqualTo("annualreport.rule.R2");
		assertThat(cell.lines()).singleElement().satisfies(line -> {
			assertThat(line.href()).startsWith("/admin/requests/");
			assertThat(line.values().get(2).text()).isEqualTo("2024-12-20");
			assertThat(line.values().get(4).text()).isEqualTo("requests.outcome.DISCLOSED");
		});
		CellRecords outcome = cells.records(staff("finance-editor"), "demo-finance", 2025, "R3.4.1/NATURAL_PERSON");
		assertThat(outcome.labels()).containsExactly("三、本年度办理结果", "（四）无法提供", "1.本机关不掌握相关政府信息", "申请人情况",
				"自然人");
		assertThat(outcome.counted()).isEqualTo(1);
		CellRecords appeal = cells.records(staff("finance-editor"), "demo-finance", 2025, "litigationDirect.pending");
		assertThat(appeal.counted()).isEqualTo(1);
		assertThat(appeal.labels()).containsExactly("行政诉讼", "未经复议直接起诉", "尚未审结");
	}

	@Test
	void aSupervisorOpensASubordinatesCellAnotherAgencyDoesNot() throws Exception {
		assertThat(cells.records(staff("supervisor"), "demo-finance", 2025, "reconsideration.upheld").counted())
			.isEqualTo(1);
		assertThatThrownBy(() -> cells.records(staff("officer"), "demo-finance", 2025, "reconsideration.upheld"))
			.isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> cells.records(staff("finance-editor"), "demo-finance", 2025, "R9/TOTAL"))
			.isInstanceOf(DomainException.class);
	}

	@Test
	void theStaffReportLinksItsNonZeroCellsThePublicReportNothing() throws Exception {
		String draft = mvc.perform(get("/admin/annual-reports/2025").param("agency", "demo-finance")
			.with(user(StaffFixtures.principal(context, "finance-editor"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(draft).contains("class=\"cell-records\" data-code=\"R1/TOTAL\"",
				"/admin/annual-reports/2025/cell?agency=demo-finance&amp;code=R1%2FTOTAL");
		assertThat(draft).doesNotContain("data-code=\"R3.3.1/TOTAL\"");
		String page = mvc.perform(get("/admin/annual-reports/2025/cell").param("agency", "demo-finance")
			.param("code", "R1/TOTAL")
			.with(user(StaffFixtures.principal(context, "supervisor"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("一、本年新收：收到申请的日期在本年度内（1月1日至12月31日）的申请。", "id=\"cell-records\"",
				"/admin/requests/")
			.doesNotContain("annual-report.md", "receivedOn");
		String published = mvc.perform(get("/annual-reports/demo-bureau/2025"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(published).contains("三、收到和处理政府信息公开申请情况").doesNotContain("cell-records", "/cell?");
		byte[] xlsx = mvc.perform(get("/admin/annual-reports/2025/cell/records.xlsx").param("agency", "demo-finance")
			.param("code", "R1/TOTAL")
			.with(user(StaffFixtures.principal(context, "finance-editor"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).startsWith("一、本年新收：");
			assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("申请编号");
			int records = cells.records(staff("finance-editor"), "demo-finance", 2025, "R1/TOTAL").counted();
			assertThat(sheet.getLastRowNum()).isEqualTo(4 + records);
			assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isNotBlank();
		}
	}

}
