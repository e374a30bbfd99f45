package org.gongkai.browser;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.IntegrationTest;
import org.gongkai.requests.ClarifiedAndPaused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: the applicant's status page explains the due date of an application clarified and paused
 * across 国庆 2025, draws the months it was counted over and shows the public history with the next step; an officer
 * opens a figure of the 2025 report to the applications counted in it, opens one of them, and goes back.
 */
@IntegrationTest
class TransparencyBrowserTests {

	@RegisterExtension
	final Browsers browsers = new Browsers();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	private WebDriver browser;

	@BeforeEach
	void open() throws Exception {
		browser = browsers.open();
	}

	@Test
	void theApplicantChecksTheDueDateByHandAndSeesTheHistory() throws Exception {
		ClarifiedAndPaused request = ClarifiedAndPaused.create(context);
		browser.get(url("/requests/status?lang=zh_CN"));
		browser.findElement(By.id("trackingNumber")).sendKeys(request.trackingNumber());
		browser.findElement(By.id("queryCode")).sendKeys(request.queryCode());
		Browser.clickAndLoad(browser, browser.findElement(By.cssSelector("button.primary")));

		String steps = browser.findElement(By.id("deadline-steps")).getText();
		assertThat(steps).contains("2025年9月26日收到补正后的申请", "期限顺延5个工作日", "国庆节、中秋节放假：10月1日–8日",
				"9月28日（星期日）国庆节、中秋节调休上班", "第25个工作日是2025年11月6日");
		WebElement due = browser.findElement(By.cssSelector("#deadline-calendar td.due"));
		assertThat(due.getAttribute("data-date")).isEqualTo(ClarifiedAndPaused.DUE.toString());
		assertThat(due.findElement(By.cssSelector("small.ordinal")).getText()).isEqualTo("25");
		assertThat(browser.findElement(By.cssSelector("#deadline-calendar td[data-date='2025-09-28']")).getAttribute("class"))
			.contains("MAKE_UP_WORKDAY");
		assertThat(browser.findElement(By.cssSelector("#deadline-calendar td[data-date='2025-10-01']")).getAttribute("title"))
			.contains("国庆节");
		assertThat(browser.findElements(By.cssSelector("#deadline-calendar td.paused"))).hasSize(14);
		// every day stands under its weekday (Monday first), the last week of a month too
		List<WebElement> days = browser.findElements(By.cssSelector("#deadline-calendar td[data-date]"));
		assertThat(days).hasSizeGreaterThan(28);
		assertThat(days).allSatisfy(day -> assertThat(Integer.parseInt(day.getDomProperty("cellIndex")))
			.as(day.getAttribute("data-date"))
			.isEqualTo(LocalDate.parse(day.getAttribute("data-date")).getDayOfWeek().getValue() - 1));

		List<String> history = browser.findElements(By.cssSelector("#public-timeline li"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(history).containsExactly("2025-09-18 提交申请", "2025-09-19 确认收到申请", "2025-09-22 告知补正",
				"2025-09-26 收到补正", "2025-09-29 开始征求第三方或其他机关意见", "2025-10-13 征求意见结束",
				"下一步 行政机关作出答复，最迟 2025-11-06。");
		assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain(ClarifiedAndPaused.PARTY,
				ClarifiedAndPaused.NOTE, "王专员");
		((org.openqa.selenium.JavascriptExecutor) browser)
			.executeScript("document.getElementById('deadline-heading').scrollIntoView()");
		Browser.screenshot(browser, "status-deadline-explained");
	}

	@Test
	void anOfficerOpensAReportFigureToItsApplicationsAndGoesBack() throws Exception {
		Browser.logIn(browser, port, "finance-editor");
		browser.get(url("/admin/annual-reports/2025?agency=demo-finance&lang=zh_CN"));
		WebElement figure = browser.findElement(By.cssSelector(".report-preview a.cell-records[data-code='R1/TOTAL']"));
		String number = figure.getText();
		Browser.clickAndLoad(browser, figure);

		assertThat(browser.findElement(By.id("cell-figure")).getText()).isEqualTo(number);
		assertThat(browser.findElement(By.id("cell-labels")).getText()).contains("一、本年新收政府信息公开申请数量", "总计");
		assertThat(browser.findElement(By.id("cell-rule")).getText()).contains("一、本年新收：收到申请的日期在本年度内");
		List<WebElement> rows = browser.findElements(By.cssSelector("#cell-records tbody tr"));
		assertThat(rows).hasSize(Integer.parseInt(number));
		assertThat(browser.findElement(By.id("cell-xlsx")).getAttribute("href")).contains("records.xlsx");
		Browser.screenshot(browser, "report-cell-records");

		WebElement first = rows.get(0).findElement(By.tagName("a"));
		String trackingNumber = first.getText();
		Browser.clickAndLoad(browser, first);
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains(trackingNumber);
		browser.navigate().back();
		Browser.clickAndLoad(browser, browser.findElement(By.id("back-to-report")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("示例区财政局2025年政府信息公开工作年度报告");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
