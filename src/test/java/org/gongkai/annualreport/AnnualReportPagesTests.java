package org.gongkai.annualreport;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.IntegrationTest;
import org.gongkai.appeals.AppealView;
import org.gongkai.appeals.Appeals;
import org.gongkai.identity.AgencyAdministration;
import org.gongkai.identity.NewAgency;
import org.gongkai.identity.NewStaffAccount;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffAccounts;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.requests.RequestTable.Flow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The back-office pages: appeals registered and decided (table 四 across the year's end), administrative statistics
 * entered through the spreadsheet template, the draft with its preview and checks, and the supervising office's
 * board with the sum of the agencies below and a report from elsewhere checked.
 */
@IntegrationTest
class AnnualReportPagesTests {

	private static final String AGENCY = "appeals-bureau";

	@Autowired
	MockMvc mvc;

	@Autowired
	Appeals appeals;

	@Autowired
	AnnualReports reports;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	ApplicationContext context;

	private static boolean ready;

	@BeforeEach
	void agency() {
		if (!ready) {
			agencies.ensureChild("demo-district", new NewAgency(AGENCY, "示例区复议测试局", null, null, null));
			accounts.ensure(new NewStaffAccount("appeals-officer", "复议专员", "Appeals-Officer-2026", AGENCY,
					EnumSet.of(Role.OFFICER)));
			ready = true;
		}
	}

	@Test
	void casesAreRegisteredAndDecidedAndCountedByTheYearTheyWereFiled() throws Exception {
		register("RECONSIDERATION", "2025-03-01");
		register("LITIGATION_AFTER_RECONSIDERATION", "2025-12-20");
		List<AppealView> cases = appeals.of(officer().staff(), AGENCY);
		long march = cases.stream().filter(c -> c.filedOn().getMonthValue() == 3).findFirst().orElseThrow().id();
		long december = cases.stream().filter(c -> c.filedOn().getMonthValue() == 12).findFirst().orElseThrow().id();
		decide(march, "2025-02-01", "UPHELD").andExpect(flash().attribute("refusal", "appeals.decidedBeforeFiled"));
		decide(march, "2025-05-01", "UPHELD").andExpect(flash().attribute("decided", true));
		decide(march, "2025-06-01", "CORRECTED").andExpect(flash().attribute("refusal", "appeals.alreadyDecided"));
		decide(december, "2026-01-10", "CORRECTED").andExpect(flash().attribute("decided", true));
		mvc.perform(post("/admin/appeals/" + march + "/decision").with(user(StaffFixtures.principal(context, "officer")))
			.with(csrf())
			.param("decidedOn", "2025-05-01")
			.param("result", "OTHER")).andExpect(flash().attribute("refusal", "appeals.notFound"));

		ReportFigures y2025 = reports.draft(officer().staff(), AGENCY, 2025).figures();
		assertThat(y2025.appeals().reconsideration()).isEqualTo(new ReportFigures.Group(1, 0, 0, 0, 1));
		assertThat(y2025.appeals().litigationAfterReconsideration()).isEqualTo(new ReportFigures.Group(0, 0, 0, 1, 1));
		assertThat(reports.draft(officer().staff(), AGENCY, 2026).figures().appeals().litigationAfterReconsideration()
			.total()).isZero();
		mvc.perform(get("/admin/appeals").with(user(officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("行政诉讼（复议后起诉）")))
			.andExpect(content().string(containsString("结果维持（2025-05-01）")));
	}

	@Test
	void administrativeStatisticsComeInThroughTheSpreadsheetTemplate() throws Exception {
		byte[] template = mvc.perform(get("/admin/annual-reports/statistics/template.xlsx").with(user(officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] filled;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(template));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("行政事业性收费（万元）");
			Row row = sheet.createRow(sheet.getLastRowNum() + 1);
			row.createCell(0).setCellValue(2023);
			row.createCell(1).setCellValue(7);
			row.createCell(2).setCellValue(2);
			row.createCell(3).setCellValue(1);
			row.createCell(4).setCellValue("7730.28");
			workbook.write(out);
			filled = out.toByteArray();
		}
		upload(filled).andExpect(flash().attribute("uploaded", 6));
		AdministrativeFigures y2023 = context.getBean(AdministrativeStatistics.class)
			.of(officer().staff().agencyId(), 2023);
		assertThat(y2023).isEqualTo(new AdministrativeFigures(2023, 7, 2, 1, new java.math.BigDecimal("7730.28")));

		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet();
			sheet.createRow(0).createCell(0).setCellValue("年度");
			Row good = sheet.createRow(1);
			good.createCell(0).setCellValue(2022);
			good.createCell(1).setCellValue(5);
			Row bad = sheet.createRow(2);
			bad.createCell(0).setCellValue(2021);
			bad.createCell(4).setCellValue("1.23456");
			workbook.write(out);
			upload(out.toByteArray()).andExpect(flash().attribute("refusal", "annualreport.statistics.row"));
		}
		assertThat(context.getBean(AdministrativeStatistics.class).of(officer().staff().agencyId(), 2022).licensing())
			.isZero();
	}

	@Test
	void theDraftPageShowsThePreviewAndTheChecksAndTheLivePreviewUsesTheTypedText() throws Exception {
		StaffPrincipal finance = StaffFixtures.principal(context, "finance-editor");
		mvc.perform(get("/admin/annual-reports/2025").with(user(finance)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"checks-pass\"")))
			.andExpect(content().string(containsString("上年结转1件")))
			.andExpect(content().string(containsString("colspan=\"3\" rowspan=\"3\"")));
		mvc.perform(post("/admin/annual-reports/2025/preview").with(user(finance))
			.with(csrf())
			.param("agency", "demo-finance")
			.param("overview", "全年新收政府信息公开申请40件。"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"blocked\"")))
			.andExpect(content().string(containsString("全年新收政府信息公开申请40件")));
		mvc.perform(get("/admin/annual-reports/2025").param("agency", "demo-bureau").with(user(finance)))
			.andExpect(status().isNotFound());
	}

	@Test
	void lastYearsProblemsAreCarriedIntoTheNextDraftWithTheirOwnYear() {
		AnnualReport draft2026 = reports.draft(StaffFixtures.principal(context, "officer").staff(), "demo-bureau", 2026);
		assertThat(Narrative.paragraphs(draft2026.filled().problems())).contains(
				"上年度存在的问题：2025年，我局政务公开工作有序推进，但仍存在短板，主要表现在：一是部分信息公开不够充分；二是互动回应效率有待提升。")
			.noneMatch(line -> line.contains("2026年，我局政务公开工作有序推进"));
		assertThat(draft2026.narrative().problems()).doesNotContain("{year}");
	}

	@Test
	void theSupervisorSeesEveryAgencyBelowWithTheSumAndChecksAReportFromElsewhere() throws Exception {
		StaffPrincipal supervisor = StaffFixtures.principal(context, "supervisor");
		mvc.perform(get("/admin/annual-reports").param("year", "2025").with(user(supervisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("示例区财政局")))
			.andExpect(content().string(containsString("示例区某局")))
			.andExpect(content().string(containsString("提醒：应于2026年1月31日前发布")))
			.andExpect(content().string(containsString("下级单位合计")));
		Supervision.Board board = context.getBean(Supervision.class).board(supervisor.staff(), 2025);
		Supervision.Line finance = board.lines().stream()
			.filter(line -> line.agencyCode().equals("demo-finance"))
			.findFirst()
			.orElseThrow();
		assertThat(finance.figures().requests().total(Flow.CARRIED_OVER)).isEqualTo(1);
		assertThat(finance.figures().proactive().licensing()).isEqualTo(15);
		assertThat(board.sumBelow().proactive().publishedCount()).isGreaterThanOrEqualTo(41);
		assertThat(board.sumBelow().requests().total(Flow.CARRIED_OVER)).isEqualTo(board.lines().stream()
			.filter(line -> !line.agencyCode().equals("demo-district"))
			.mapToLong(line -> line.figures().requests().total(Flow.CARRIED_OVER))
			.sum());

		String json = new String(getClass().getResourceAsStream("/annualreport/unbalanced-report.json").readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		List<Check> checks = context.getBean(Supervision.class).check(json, LocalDate.of(2026, 1, 20));
		assertThat(checks).filteredOn(check -> !check.ok()).extracting(Check::rule)
			.containsExactly(Check.Rule.BALANCE, Check.Rule.APPEALS_SUM);
		mvc.perform(post("/admin/annual-reports/check").with(user(supervisor)).with(csrf())
			.param("year", "2025")
			.param("json", json))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"foreign-checks\"")))
			.andExpect(content().string(containsString("自然人: 第一项+第二项=3 ≠ 第三项（七）+第四项=2")));
	}

	private void register(String kind, String filedOn) throws Exception {
		mvc.perform(post("/admin/appeals").with(user(officer()))
			.with(csrf())
			.param("kind", kind)
			.param("body", "示例区人民政府")
			.param("filedOn", filedOn)
			.param("documents", "申请书")).andExpect(flash().attribute("registered", true));
	}

	private org.springframework.test.web.servlet.ResultActions decide(long id, String on, String result)
			throws Exception {
		return mvc.perform(post("/admin/appeals/" + id + "/decision").with(user(officer()))
			.with(csrf())
			.param("decidedOn", on)
			.param("result", result));
	}

	private org.springframework.test.web.servlet.ResultActions upload(byte[] file) throws Exception {
		return mvc.perform(multipart("/admin/annual-reports/statistics/upload")
			.file(new MockMultipartFile("file", "statistics.xlsx", null, file))
			.with(user(officer()))
			.with(csrf()));
	}

	private StaffPrincipal officer() {
		return StaffFixtures.principal(context, "appeals-officer");
	}

}
