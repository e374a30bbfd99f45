package org.gongkai.browser;

import java.time.Duration;

import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The district's supervisor opens 示例区财政局's 2025 report: it reads it with the checks and the fee warning, finds
 * no 保存 or 发布, is refused (403) when it posts 发布 from the page anyway, and sends the report back with a
 * comment; the bureau's officer then finds the comment on its report page, with the live preview beside its editor
 * and a Chinese placeholder inserted by the picker and filled.
 */
@IntegrationTest
class SupervisionBrowserTests {

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
	void aSupervisorCommentsOnABureausReportAndCannotPublishIt() {
		String comment = "行政事业性收费59237.2449万元疑似按元填报，请核对单位后再发布（" + System.nanoTime() + "）。";
		try {
			Browser.logIn(browser, port, "supervisor");
			browser.findElement(By.linkText("年度报告")).click();
			assertThat(browser.findElement(By.id("board")).getText()).contains("2026-03-31", "2026-01-31");
			Browser.clickAndLoad(browser, browser.findElement(By.linkText("示例区财政局")));
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("示例区财政局2025年政府信息公开工作年度报告");
			assertThat(browser.findElement(By.id("read-only")).isDisplayed()).isTrue();
			assertThat(browser.findElement(By.id("due-on")).getText()).contains("2026年1月31日");
			assertThat(browser.findElement(By.id("warnings")).getText()).contains("59237.2449 > 10000");
			assertThat(browser.findElements(By.id("publish-report"))).isEmpty();
			assertThat(browser.findElements(By.id("save-narrative"))).isEmpty();
			assertThat(browser.findElement(By.cssSelector(".report-preview")).getText()).contains("59237.2449");

			Object status = ((JavascriptExecutor) browser).executeAsyncScript("""
					const done = arguments[arguments.length - 1];
					const csrf = document.querySelector('#send-back input[name="_csrf"]').value;
					fetch('/admin/annual-reports/2025/publish', {method: 'POST', redirect: 'manual',
					  body: new URLSearchParams({agency: 'demo-finance', _csrf: csrf})})
					  .then(response => done(response.status), () => done(-1));""");
			assertThat(((Number) status).intValue()).isEqualTo(403);

			browser.findElement(By.id("comment")).sendKeys(comment);
			Browser.clickAndLoad(browser, browser.findElement(By.id("send-back-report")));
			assertThat(browser.findElement(By.cssSelector(".notice.success")).getText()).contains("已退回");
			assertThat(browser.findElement(By.id("comments")).getText()).contains(comment, "示例区人民政府");

			browser.manage().deleteAllCookies();
			Browser.logIn(browser, port, "finance-editor");
			browser.findElement(By.linkText("年度报告")).click();
			Browser.clickAndLoad(browser, browser.findElement(By.linkText("示例区财政局")));
			assertThat(browser.findElement(By.id("comments")).getText()).contains(comment);
			assertThat(browser.findElement(By.id("publish-report")).isDisplayed()).isTrue();
			assertThat(browser.findElements(By.id("send-back"))).isEmpty();

			// the officer's editor: the preview beside the text on a 1280 px screen, a placeholder inserted by the
			// picker and filled in the live preview
			WebElement overview = browser.findElement(By.id("overview"));
			WebElement preview = browser.findElement(By.id("preview"));
			assertThat(preview.getLocation().getX()).isGreaterThan(overview.getLocation().getX() + overview.getSize().getWidth());
			assertThat(preview.getLocation().getY()).isLessThan(overview.getLocation().getY());
			assertThat(overview.getAttribute("value")).doesNotContain("{publishedCount}");
			overview.sendKeys("\n测试插入");
			browser.findElement(By.xpath("//button[@data-insert='{主动公开信息条数}']")).click();
			assertThat(overview.getAttribute("value")).contains("测试插入{主动公开信息条数}");
			new WebDriverWait(browser, Duration.ofSeconds(15)).until(
					ready -> ready.findElement(By.cssSelector(".report-preview")).getText().matches("(?s).*测试插入\\d+.*"));
		}
		catch (RuntimeException | AssertionError e) {
			Browser.screenshotQuietly(browser, "supervision");
			throw e;
		}
	}

}
