package org.gongkai.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.gongkai.IntegrationTest;
import org.gongkai.annualreport.HistoryWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workbook for the history import goes up with a progress bar (assets/upload-progress.js) and the preview replaces
 * the page, which stays at the import's address because the form was sent by the script, not navigated.
 */
@IntegrationTest
class UploadProgressBrowserTests {

	@RegisterExtension
	final Browsers browsers = new Browsers();

	@LocalServerPort
	int port;

	private WebDriver browser;

	@BeforeEach
	void open() throws Exception {
		browser = browsers.open();
	}

	@Test
	void theWorkbookGoesUpWithAProgressBarAndThePreviewFollows() throws Exception {
		Path workbook = Files.createTempFile("历史数据", ".xlsx");
		Files.write(workbook, HistoryWorkbook.template());
		Browser.logIn(browser, port, "officer");
		browser.get("http://localhost:" + port + "/admin/annual-reports/imports");
		assertThat(browser.findElement(By.id("upload-progress")).getAttribute("hidden")).isNotNull();
		browser.findElement(By.id("file")).sendKeys(workbook.toString());
		browser.findElement(By.cssSelector("form[data-upload-progress] button")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("import-preview")));
		assertThat(browser.getCurrentUrl()).endsWith("/admin/annual-reports/imports");
		assertThat(browser.findElement(By.id("apply-import")).isDisplayed()).isTrue();
		Files.delete(workbook);
	}

}
