package org.gongkai.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.IntegrationTest;
import org.gongkai.platform.LedgerFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator of an agency of the test's own goes through the nine ledgers moved onto the shared query form
 * (issue 19): on each page, pages with the pager, filters by text with the form, and exports; the downloaded
 * workbook, opened with POI, holds as many rows as the filtered query.
 */
@IntegrationTest
class LedgersBrowserTests {

	@RegisterExtension
	final Browsers browsers = new Browsers();

	/** Each ledger's page, how many rows of the agency it has, and the name its export starts with. */
	static final List<List<Object>> LEDGERS = List.of(List.of("/admin/users", LedgerFixtures.COUNT + 1, "users-"),
			List.of("/admin/interaction/consultations", LedgerFixtures.COUNT, "consultations-"),
			List.of("/admin/interaction/proposals", LedgerFixtures.COUNT, "proposals-"),
			List.of("/admin/interaction/findings", LedgerFixtures.COUNT, "findings-"),
			List.of("/admin/appeals", LedgerFixtures.COUNT, "appeals-"),
			List.of("/admin/normative-documents", LedgerFixtures.COUNT, "normative-documents-"),
			List.of("/admin/service-items", LedgerFixtures.COUNT, "service-items-"),
			List.of("/admin/assistant", LedgerFixtures.COUNT, "assistant-questions-"),
			List.of("/admin/assistant/handoffs", LedgerFixtures.COUNT, "assistant-handoffs-"));

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	private WebDriver browser;

	private Path downloads;

	@BeforeEach
	void open() throws IOException {
		LedgerFixtures.ensure(context);
		browser = browsers.open();
		downloads = Browser.downloadInto(browser, "ledgers2-downloads");
		Browser.logIn(browser, port, LedgerFixtures.STAFF);
	}

	@Test
	void eachLedgerIsPagedFilteredAndExported() throws Exception {
		for (List<Object> ledger : LEDGERS) {
			String path = (String) ledger.get(0);
			int total = (Integer) ledger.get(1);
			browser.get("http://localhost:" + port + path + "?size=2&agency=" + LedgerFixtures.AGENCY);
			assertThat(total()).as(path).startsWith("共 " + total + " 条").contains("第 1/" + (total + 1) / 2 + " 页");
			Browser.clickAndLoad(browser, browser.findElement(By.id("ledger-next")));
			assertThat(total()).as(path).contains("第 3–4 条").contains("第 2/");

			browser.findElement(By.id("ledger-text")).sendKeys(LedgerFixtures.MARK);
			Browser.clickAndLoad(browser, browser.findElement(By.id("ledger-search")));
			assertThat(total()).as(path).startsWith("共 " + LedgerFixtures.MARKED + " 条");
			assertThat(browser.findElement(By.id("ledger-export-xlsx")).getAttribute("href")).as(path)
				.contains("/export")
				.contains("format=xlsx");
			browser.findElement(By.id("ledger-export-xlsx")).click();
			assertThat(rows((String) ledger.get(2))).as(path).isEqualTo(LedgerFixtures.MARKED);
		}
		Browser.screenshotQuietly(browser, "ledgers2-handoffs");
	}

	private String total() {
		return browser.findElement(By.id("ledger-total")).getText();
	}

	/** The number of rows (the header left out) of the workbook downloaded under that name, once it is complete. */
	private int rows(String prefix) throws Exception {
		Path file = Browser.downloaded(browser, downloads, prefix, ".xlsx");
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			return workbook.getSheetAt(0).getLastRowNum();
		}
	}

}
