package org.gongkai.publishing;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.IntegrationTest;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.identity.StaffPrincipal;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The supervisor's freshness board starts with one line per agency, drills down to one agency's columns, and
 * exports both to an XLSX workbook whose cells match the board.
 */
@IntegrationTest
class FreshnessBoardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ColumnFreshness freshness;

	@Autowired
	ApplicationContext context;

	@Test
	void theBoardStartsWithASummaryAndDrillsDownToOneAgencysColumns() throws Exception {
		StaffPrincipal supervisor = supervisor();
		ColumnFreshness.Report bureau = freshness.report(
				freshness.readableBy(supervisor.staff()).stream()
					.filter(r -> r.agency().code().equals("demo-bureau"))
					.findFirst()
					.orElseThrow()
					.agency());
		String firstColumn = bureau.columns().get(0).column().name();
		mvc.perform(get("/admin/freshness").with(user(supervisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"freshness-summary\"")))
			.andExpect(content().string(containsString("href=\"/admin/freshness?agency=demo-bureau\"")))
			.andExpect(content().string(containsString("id=\"freshness-export\"")))
			.andExpect(content().string(not(containsString("id=\"freshness-detail\""))));
		mvc.perform(get("/admin/freshness").param("agency", "demo-bureau").with(user(supervisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"freshness-detail\"")))
			.andExpect(content().string(containsString(firstColumn)));
		mvc.perform(get("/admin/freshness").param("agency", "no-such-agency").with(user(supervisor)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theWorkbookHoldsTheSummaryAndEveryColumnOfEveryAgency() throws Exception {
		StaffPrincipal supervisor = supervisor();
		byte[] xlsx = mvc.perform(get("/admin/freshness.xlsx").with(user(supervisor)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<ColumnFreshness.Report> reports = freshness.readableBy(supervisor.staff());
		ColumnFreshness.Report bureau = reports.stream()
			.filter(r -> r.agency().code().equals("demo-bureau"))
			.findFirst()
			.orElseThrow();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet summary = workbook.getSheetAt(0);
			assertThat(summary.getSheetName()).isEqualTo("各单位汇总");
			assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("单位");
			assertThat(summary.getRow(0).getCell(2).getStringCellValue()).isEqualTo("未按期更新");
			assertThat(summary.getLastRowNum()).isEqualTo(reports.size());
			Row line = find(summary, "示例区某局");
			assertThat((long) line.getCell(4).getNumericCellValue())
				.as("blank columns of 示例区某局").isGreaterThanOrEqualTo(bureau.count("BLANK"));
			assertThat(line.getCell(1).getStringCellValue())
				.isEqualTo(bureau.homeLastUpdated() == null ? "—" : bureau.homeLastUpdated().toString());

			Sheet columns = workbook.getSheetAt(1);
			assertThat(columns.getSheetName()).isEqualTo("栏目明细");
			assertThat(columns.getRow(0).getCell(1).getStringCellValue()).isEqualTo("栏目");
			List<String> bureauColumns = new ArrayList<>();
			for (Row row : columns) {
				if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("示例区某局")) {
					bureauColumns.add(row.getCell(1).getStringCellValue());
				}
			}
			assertThat(bureauColumns).containsAll(bureau.columns().stream().map(c -> c.column().name()).toList());
			ColumnFreshness.ColumnState first = bureau.columns().get(0);
			Row firstRow = null;
			for (Row row : columns) {
				if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("示例区某局")
						&& row.getCell(1).getStringCellValue().equals(first.column().name())) {
					firstRow = row;
					break;
				}
			}
			assertThat(firstRow).isNotNull();
			assertThat(firstRow.getCell(3).getStringCellValue())
				.isEqualTo(first.lastUpdated() == null ? "—" : first.lastUpdated().toString());
			assertThat(firstRow.getCell(5).getStringCellValue()).isEqualTo(switch (first.state()) {
				case FRESH -> "正常";
				case DUE_SOON -> "即将到期";
				case STALE -> "未按期更新";
				case BLANK -> "空白栏目";
				case NOT_REQUIRED -> "—";
			});
		}
	}

	private static Row find(Sheet sheet, String agency) {
		for (Row row : sheet) {
			if (row.getCell(0).getStringCellValue().equals(agency)) {
				return row;
			}
		}
		throw new AssertionError(agency + " not in the summary");
	}

	private StaffPrincipal supervisor() {
		return StaffFixtures.principal(context, "supervisor");
	}

}
