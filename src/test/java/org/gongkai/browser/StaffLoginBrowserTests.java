package org.gongkai.browser;

import java.time.Duration;

import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A staff member opens the portal, logs in with the keyboard, and reaches the dashboard. */
@IntegrationTest
class StaffLoginBrowserTests {

	@LocalServerPort
	int port;

	private WebDriver browser;

	@BeforeEach
	void open() throws Exception {
		browser = Browser.start();
	}

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void logInAndOpenTheDashboard() throws Exception {
		browser.get("http://localhost:" + port + "/?lang=zh_CN");
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("示例区人民政府");
		browser.findElement(By.linkText("工作人员登录")).click();

		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlMatches("/admin/login$"));
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys(IntegrationTest.PASSWORD, Keys.ENTER);

		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlMatches("/admin$"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("示例区人民政府 工作台");
		assertThat(browser.findElement(By.cssSelector(".admin-nav a[aria-current=page]")).getText())
			.isEqualTo("工作台");
		assertThat(Browser.screenshot(browser, "dashboard")).isNotEmptyFile();

		// the system administrator does not read the audit log (三员分立): the auditor does (AuditorBrowserTests)
		browser.manage().timeouts().implicitlyWait(Duration.ZERO);
		assertThat(browser.findElements(By.linkText("审计日志"))).isEmpty();
	}

}
