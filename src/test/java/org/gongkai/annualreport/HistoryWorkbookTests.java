package org.gongkai.annualreport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.EnumSet;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.IntegrationTest;
import org.gongkai.identity.AgencyAdministration;
import org.gongkai.identity.NewAgency;
import org.gongkai.identity.NewStaffAccount;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffAccounts;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.requests.RequestTable.Flow;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The history import from a workbook in the admin: the template's sheets, a preview naming every bad row, applying
 * a good workbook (dates typed as text or as spreadsheet dates) and the report counting what came in.
 */
@IntegrationTest
class HistoryWorkbookTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AnnualReports reports;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	ApplicationContext context;

	@Test
	void aWorkbookIsPreviewedThenAppliedAndABadOneIsRefusedWithItsRows() throws Exception {
		agencies.ensureChild("demo-district", new NewAgency("workbook-bureau", "示例区导入测试局", null, null, null));
		accounts.ensure(new NewStaffAccount("workbook-officer", "导入专员", "Workbook-Officer-2026", "workbook-bureau",
				EnumSet.of(Role.OFFICER)));
		StaffPrincipal officer = StaffFixtures.principal(context, "workbook-officer");
		byte[] template = mvc.perform(get("/admin/annual-reports/imports/template.xlsx").with(user(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		MockHttpSession session = new MockHttpSession();
		preview(officer, session, fill(template, "DISCLOSED", "2024-13-01"))
			.andExpect(content().string(containsString("id=\"import-problems\"")))
			.andExpect(content().string(not(containsString("id=\"apply-import\""))));
		mvc.perform(post("/admin/annual-reports/imports/apply").session(session).with(user(officer)).with(csrf()))
			.andExpect(flash().attribute("refusal", "annualreport.import.nothingPending"));

		preview(officer, session, fill(template, "DISCLOSED", "2024-12-01"))
			.andExpect(content().string(containsString("id=\"apply-import\"")));
		mvc.perform(post("/admin/annual-reports/imports/apply").session(session).with(user(officer)).with(csrf()))
			.andExpect(flash().attribute("added", new HistoryDocument.Added(2, 0, 0, 1, 1)));

		ReportFigures y2024 = reports.draft(officer.staff(), "workbook-bureau", 2024).figures();
		assertThat(y2024.requests().cells(Flow.RECEIVED)).containsExactly(1L, 1L, 0L, 0L, 0L, 0L, 2L);
		assertThat(y2024.requests().cells(Flow.CARRIED_FORWARD)).containsExactly(0L, 1L, 0L, 0L, 0L, 0L, 1L);
		assertThat(y2024.appeals().litigationAfterReconsideration().pending()).isEqualTo(1);
		assertThat(y2024.proactive().penalty()).isEqualTo(4);
	}

	private org.springframework.test.web.servlet.ResultActions preview(StaffPrincipal officer, MockHttpSession session,
			byte[] workbook) throws Exception {
		return mvc.perform(multipart("/admin/annual-reports/imports/preview")
			.file(new MockMultipartFile("file", "history.xlsx", null, workbook))
			.session(session)
			.with(user(officer))
			.with(csrf())).andExpect(status().isOk());
	}

	/** Two applications (the first closed, its date a spreadsheet date), a lawsuit, a year of statistics. */
	private static byte[] fill(byte[] template, String outcome, String secondReceivedOn) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet requests = workbook.getSheet("requests");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			Row first = requests.createRow(1);
			first.createCell(0).setCellValue("W1");
			first.createCell(1).setCellValue("NATURAL_PERSON");
			first.createCell(2).setCellValue(LocalDate.of(2024, 3, 1));
			first.getCell(2).setCellStyle(date);
			first.createCell(3).setCellValue("2024-03-15");
			first.createCell(4).setCellValue(outcome);
			Row second = requests.createRow(2);
			second.createCell(0).setCellValue("W2");
			second.createCell(1).setCellValue("COMMERCIAL_ENTERPRISE");
			second.createCell(2).setCellValue(secondReceivedOn);
			Row lawsuit = workbook.getSheet("litigations").createRow(1);
			lawsuit.createCell(0).setCellValue("WL1");
			lawsuit.createCell(1).setCellValue("2024-07-01");
			lawsuit.createCell(2).setCellValue("是");
			Row statistics = workbook.getSheet("administrativeStatistics").createRow(1);
			statistics.createCell(0).setCellValue(2024);
			statistics.createCell(2).setCellValue(4);
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
