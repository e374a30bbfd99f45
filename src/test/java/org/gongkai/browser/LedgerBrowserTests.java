package org.gongkai.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.IntegrationTest;
import org.gongkai.identity.AgencyAdministration;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.AgencyLevel;
import org.gongkai.identity.NewAgency;
import org.gongkai.identity.NewStaffAccount;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffAccounts;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.platform.Beijing;
import org.gongkai.platform.CreditCodes;
import org.gongkai.publishing.Catalog;
import org.gongkai.publishing.DocumentDesk;
import org.gongkai.publishing.Draft;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.Application;
import org.gongkai.requests.Channel;
import org.gongkai.requests.DeliveryMethod;
import org.gongkai.requests.RequestIntake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer pages through the applications' and the documents' ledgers, filters them with the query form and
 * exports what it shows; the downloaded workbook, opened with POI, holds exactly the filtered rows (issue 19). The
 * rows are those of an agency of the test's own.
 */
@IntegrationTest
class LedgerBrowserTests {

	@RegisterExtension
	final Browsers browsers = new Browsers();

	static final String AGENCY = "ledger-browser-bureau";

	static final String OFFICER = "ledger-browser";

	@LocalServerPort
	int port;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	Catalog catalog;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	RequestIntake intake;

	@Autowired
	DocumentDesk desk;

	@Autowired
	ApplicationContext context;

	/** The rows are made once for the class: both tests count them. */
	private static boolean made;

	private WebDriver browser;

	private Path downloads;

	@BeforeEach
	void open() throws IOException {
		AgencyInfo agency = agencies.ensureChild("demo-district", new NewAgency(AGENCY, "台账浏览测试局",
				"demo-district", CreditCodes.of(AGENCY), AgencyLevel.BUREAU));
		catalog.ensureFor(agency.id());
		accounts.ensure(new NewStaffAccount(OFFICER, "台账浏览者", IntegrationTest.PASSWORD, AGENCY,
				Set.of(Role.OFFICER, Role.EDITOR)));
		var staff = StaffFixtures.principal(context, OFFICER).staff();
		LocalDate today = LocalDate.now(Beijing.ZONE);
		for (int i = 1; i <= 7 && !made; i++) {
			intake.register(staff, AGENCY, Channel.IN_PERSON, today.minusDays(i),
					new Application(ApplicantType.NATURAL_PERSON, "浏览申请人%02d".formatted(i), null, null, null, null,
							null, null, null, (i % 2 == 1 ? "浏览器检索的文件 " : "别的文件 ") + i, null,
							DeliveryMethod.IN_PERSON, false));
			desk.create(staff, AGENCY, new Draft("news", (i % 2 == 1 ? "浏览器检索的通知 " : "别的通知 ") + i,
					"<p>正文。</p>", null, null, null, null, null, null, today.minusDays(i), null));
		}
		made = true;
		browser = browsers.open();
		downloads = Browser.downloadInto(browser, "ledger-downloads");
		Browser.logIn(browser, port, OFFICER);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	@Test
	void theApplicationsArePagedFilteredAndExported() throws Exception {
		browser.get(url("/admin/requests?filter=ALL&size=3&agency=" + AGENCY));
		assertThat(total()).startsWith("共 7 条").contains("第 1/3 页");
		Browser.clickAndLoad(browser, browser.findElement(By.id("ledger-next")));
		assertThat(total()).contains("第 4–6 条").contains("第 2/3 页");
		assertThat(browser.findElements(By.cssSelector("#ledger-table tbody tr td:first-child a"))).hasSize(3);

		browser.findElement(By.id("ledger-text")).sendKeys("浏览器检索");
		new Select(browser.findElement(By.id("ledger-sort"))).selectByValue("applicant");
		new Select(browser.findElement(By.id("ledger-dir"))).selectByValue("asc");
		Browser.clickAndLoad(browser, browser.findElement(By.id("ledger-search")));
		assertThat(total()).startsWith("共 4 条");
		List<String> shown = new ArrayList<>();
		collect(shown, 1);
		if (!browser.findElements(By.id("ledger-next")).isEmpty()) {
			Browser.clickAndLoad(browser, browser.findElement(By.id("ledger-next")));
			collect(shown, 1);
		}
		assertThat(shown).hasSize(4);
		Browser.screenshotQuietly(browser, "ledger-requests");

		browser.findElement(By.id("ledger-export-xlsx")).click();
		List<List<String>> rows = workbook("requests-");
		assertThat(rows).extracting(row -> row.get(0)).containsExactlyElementsOf(shown);
		assertThat(rows).extracting(row -> row.get(2))
			.containsExactly("浏览申请人01", "浏览申请人03", "浏览申请人05", "浏览申请人07");
	}

	@Test
	void theDocumentsArePagedFilteredAndExported() throws Exception {
		browser.get(url("/admin/documents?size=5&agency=" + AGENCY));
		assertThat(total()).startsWith("共 7 条").contains("第 1/2 页");
		Browser.clickAndLoad(browser, browser.findElement(By.id("ledger-next")));
		assertThat(browser.findElements(By.cssSelector("#ledger-table tbody tr td:first-child a"))).hasSize(2);

		browser.findElement(By.id("ledger-text")).sendKeys("浏览器检索");
		new Select(browser.findElement(By.id("ledger-status"))).selectByValue("DRAFT");
		new Select(browser.findElement(By.id("ledger-sort"))).selectByValue("formedOn");
		new Select(browser.findElement(By.id("ledger-dir"))).selectByValue("desc");
		Browser.clickAndLoad(browser, browser.findElement(By.id("ledger-search")));
		assertThat(total()).startsWith("共 4 条");
		List<String> shown = new ArrayList<>();
		collect(shown, 1);
		assertThat(shown).containsExactly("浏览器检索的通知 1", "浏览器检索的通知 3", "浏览器检索的通知 5", "浏览器检索的通知 7");

		browser.findElement(By.id("ledger-export-xlsx")).click();
		List<List<String>> rows = workbook("documents-");
		assertThat(rows).extracting(row -> row.get(0)).containsExactlyElementsOf(shown);
	}

	private String total() {
		return browser.findElement(By.id("ledger-total")).getText();
	}

	/** The texts of one column of the table's rows, 1 the first. */
	private void collect(List<String> into, int column) {
		for (WebElement cell : browser.findElements(By.cssSelector("#ledger-table tbody tr td:nth-child(" + column + ")"))) {
			into.add(cell.getText());
		}
	}

	/** The rows (headers left out) of the workbook downloaded under that name, once the download is complete. */
	private List<List<String>> workbook(String prefix) throws Exception {
		Path file = Browser.downloaded(browser, downloads, prefix, ".xlsx");
		List<List<String>> rows = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			for (Row row : workbook.getSheetAt(0)) {
				if (row.getRowNum() == 0) {
					continue;
				}
				List<String> cells = new ArrayList<>();
				row.forEach(cell -> cells.add(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
						? String.valueOf(cell.getNumericCellValue()) : cell.getStringCellValue()));
				rows.add(cells);
			}
		}
		return rows;
	}

}
