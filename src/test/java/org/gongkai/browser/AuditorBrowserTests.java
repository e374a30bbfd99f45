package org.gongkai.browser;

import java.time.Duration;
import java.util.List;

import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 三员分立 (issue 19): the auditor, and not the system administrator, reads the login log. The administrator logs in
 * and finds no audit log, not in the menu and not at its address; the auditor logs in, opens the login log, finds
 * the administrator's login there with its address, verifies the chain and is offered the export.
 */
@IntegrationTest
class AuditorBrowserTests {

	@RegisterExtension
	final Browsers browsers = new Browsers();

	@LocalServerPort
	int port;

	private WebDriver administrator;

	private WebDriver auditor;

	@BeforeEach
	void open() throws Exception {
		administrator = browsers.open();
		auditor = browsers.open();
	}

	@Test
	void theAuditorAndNotTheAdministratorReadsTheLoginLog() throws Exception {
		Browser.logIn(administrator, port, "admin");
		assertThat(administrator.getCurrentUrl()).endsWith("/admin");
		administrator.manage().timeouts().implicitlyWait(Duration.ZERO);
		assertThat(administrator.findElements(By.linkText("审计日志"))).isEmpty();
		administrator.get("http://localhost:" + port + "/admin/audit?filter=logins");
		assertThat(administrator.findElements(By.id("login-log"))).isEmpty();
		assertThat(administrator.findElements(By.cssSelector("table.data caption"))).isEmpty();
		Browser.screenshot(administrator, "administrator-no-audit-log");

		Browser.logIn(auditor, port, "auditor");
		Browser.clickAndLoad(auditor, auditor.findElement(By.linkText("审计日志")));
		Browser.clickAndLoad(auditor, auditor.findElement(By.id("login-log")));
		assertThat(auditor.findElement(By.cssSelector("table.data caption")).getText()).startsWith("登录日志");
		// the login log is written a moment after the login: reload until the administrator's login shows
		new WebDriverWait(auditor, Duration.ofSeconds(20)).until(page -> {
			page.navigate().refresh();
			return adminLogin(page) != null;
		});
		WebElement row = adminLogin(auditor);
		assertThat(row.getText()).contains("address=");
		assertThat(Browser.screenshot(auditor, "auditor-login-log")).isNotEmptyFile();
		assertThat(auditor.findElements(By.cssSelector("a[href*='/admin/audit/export']"))).isNotEmpty();

		auditor.findElement(By.cssSelector("#verification button")).click();
		assertThat(auditor.findElement(By.cssSelector("#verification .notice")).getText()).contains("链条完整");

		// and nothing else: the auditor's menu has no applications, documents or accounts, and their pages refuse
		auditor.manage().timeouts().implicitlyWait(Duration.ZERO);
		assertThat(auditor.findElements(By.cssSelector("a[href='/admin/requests']"))).isEmpty();
		assertThat(auditor.findElements(By.cssSelector("a[href='/admin/users']"))).isEmpty();
		for (String section : new String[] { "interaction", "assistant", "freshness", "channels", "agencies", "search",
				"dictionaries", "calendar" }) {
			assertThat(auditor.findElements(By.cssSelector("a[href='/admin/" + section + "']"))).as(section).isEmpty();
		}
		auditor.get("http://localhost:" + port + "/admin");
		assertThat(auditor.findElements(By.cssSelector("a[href^='/admin/calendar']"))).as("the dashboard's calendar notice")
			.isEmpty();
		auditor.get("http://localhost:" + port + "/admin/requests");
		assertThat(auditor.findElements(By.cssSelector("table.data"))).isEmpty();
	}

	/** The row of the login log where admin logged in, or null. */
	private static WebElement adminLogin(WebDriver page) {
		List<WebElement> rows = page.findElements(By.cssSelector("table.data tbody tr"));
		for (WebElement row : rows) {
			List<WebElement> cells = row.findElements(By.tagName("td"));
			if (cells.size() >= 5 && cells.get(2).getText().equals("admin") && cells.get(4).getText().equals("登录")) {
				return row;
			}
		}
		return null;
	}

}
