package org.gongkai.browser;

import java.time.Duration;
import java.util.Set;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.NewStaffAccount;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A staff member opens the portal, logs in with the keyboard, and reaches the dashboard; after someone else's failed
 * logins, the page's script answers the proof-of-work challenge in the browser and the owner gets in (issue 19).
 */
@IntegrationTest
class StaffLoginBrowserTests {

	@RegisterExtension
	final Browsers browsers = new Browsers();

	@LocalServerPort
	int port;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	MockMvc mvc;

	private WebDriver browser;

	@BeforeEach
	void open() throws Exception {
		browser = browsers.open();
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

	@Test
	void afterFailedLoginsTheBrowserAnswersTheChallenge() throws Exception {
		accounts.ensure(new NewStaffAccount("pow-browser", "计算验证", "Pow-Browser-2026", "demo-market",
				Set.of(Role.EDITOR)));
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/v1/agencies").with(httpBasic("pow-browser", "wrong-" + i)))
				.andExpect(status().isUnauthorized());
		}
		browser.get("http://localhost:" + port + "/admin/login?lang=zh_CN");
		browser.findElement(By.id("username")).sendKeys("pow-browser");
		browser.findElement(By.id("password")).sendKeys("Pow-Browser-2026", Keys.ENTER);

		// refused without the proof: the page carries the challenge and its script solves it
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-challenge-state"), "计算已完成"));
		assertThat(browser.findElement(By.cssSelector(".notice.error")).getText()).contains("用户名或密码不正确");
		assertThat(browser.findElement(By.id("username")).getAttribute("value")).isEqualTo("pow-browser");
		assertThat(browser.findElement(By.id("login-challenge-wait")).isDisplayed()).isFalse();
		assertThat(browser.findElement(By.id("login-proof")).getAttribute("value")).matches("[0-9]+");
		browser.findElement(By.id("password")).sendKeys("Pow-Browser-2026", Keys.ENTER);

		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/admin/login")));
		assertThat(browser.getCurrentUrl()).contains("/admin");
	}

}
