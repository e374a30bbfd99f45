package org.gongkai.browser;

import java.time.Duration;

import org.gongkai.IntegrationTest;
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
 * The disclosure officer of 示例区财政局 opens the 2025 draft, sees the preview in the official layout and the checks
 * pass, sees a number typed against the tables stop it in the live preview, publishes it; the portal shows it.
 */
@IntegrationTest
class AnnualReportBrowserTests {

	@RegisterExtension
	final Browsers browsers = new Browsers();

	@LocalServerPort
	int port;

	private WebDriver officer;

	@BeforeEach
	void open() throws Exception {
		officer = browsers.open();
	}

	@Test
	void anOfficerPublishesThe2025ReportAndThePortalShowsIt() {
		try {
			Browser.logIn(officer, port, "finance-editor");
			officer.findElement(By.linkText("年度报告")).click();
			officer.findElement(By.linkText("示例区财政局")).click();
			assertThat(officer.findElement(By.tagName("h1")).getText()).isEqualTo("示例区财政局2025年政府信息公开工作年度报告");
			assertThat(officer.findElement(By.id("checks-pass")).isDisplayed()).isTrue();
			assertThat(officer.findElement(By.cssSelector(".report-preview")).getText())
				.contains("二、主动公开政府信息情况", "上年结转1件", "行政规范性文件", "59237.2449");

			officer.findElement(By.id("overview")).sendKeys("\n全年新收政府信息公开申请40件。");
			new WebDriverWait(officer, Duration.ofSeconds(10)).until(
					ExpectedConditions.presenceOfElementLocated(By.id("blocked")));
			officer.navigate().refresh();
			assertThat(officer.findElements(By.id("blocked"))).isEmpty();

			Browser.clickAndLoad(officer, officer.findElement(By.id("publish-report")));
			assertThat(officer.findElement(By.id("confirm-publish")).getText()).contains("不能撤回", "第1版");
			Browser.clickAndLoad(officer, officer.findElement(By.id("confirm-publish-button")));
			assertThat(officer.findElement(By.cssSelector(".notice.success")).getText()).contains("第1版");
			officer.findElement(By.linkText("在门户网站查看")).click();
			assertThat(officer.findElement(By.tagName("h1")).getText()).isEqualTo("示例区财政局2025年政府信息公开工作年度报告");
			assertThat(officer.findElement(By.id("annual-report")).getText()).contains("三、收到和处理政府信息公开申请情况",
					"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "四、结转下年度继续办理");
		}
		catch (RuntimeException | AssertionError e) {
			Browser.screenshotQuietly(officer, "annual-report");
			throw e;
		}
	}

}
