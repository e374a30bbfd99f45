package org.gongkai.browser;

import java.time.Duration;

import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A reader searches the demo portal from the box in the page header, narrows by agency and year, and finds a
 * normative document by its number typed loosely — all with plain forms.
 */
@IntegrationTest
class SearchBrowserTests {

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
	void aReaderSearchesTheDemoPortal() {
		browser.get("http://localhost:" + port + "/?lang=zh_CN");
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			browser.get("http://localhost:" + port + "/");
			browser.findElement(By.id("site-search")).sendKeys("政务开放日");
			browser.findElement(By.cssSelector("form[role=search] button")).click();
			assertThat(browser.findElement(By.id("total")).getText()).startsWith("共找到");
		});
		WebElement first = browser.findElement(By.cssSelector(".search-results li"));
		assertThat(first.findElement(By.cssSelector(".hit-title a")).getText()).contains("政务开放日");
		assertThat(first.findElements(By.cssSelector(".hit-title mark"))).isNotEmpty();
		Browser.screenshotQuietly(browser, "search-results");

		new Select(browser.findElement(By.id("agency"))).selectByVisibleText("示例区财政局");
		new Select(browser.findElement(By.id("year"))).selectByValue("2025");
		WebElement words = browser.findElement(By.id("q"));
		words.clear();
		words.sendKeys("预算");
		submitAndWaitForTheNewPage();
		assertThat(browser.findElements(By.cssSelector(".search-results li")))
			.isNotEmpty()
			.allSatisfy(hit -> assertThat(hit.getText()).contains("示例区财政局"));

		browser.get("http://localhost:" + port + "/search");
		browser.findElement(By.id("q")).sendKeys("某规 2023 1");
		submitAndWaitForTheNewPage();
		assertThat(browser.findElement(By.cssSelector(".search-results li .hit-title a")).getText())
			.isEqualTo("示例区某局关于规范政务信息发布工作的规定");
		assertThat(browser.findElement(By.cssSelector(".search-results li")).getText()).contains("示例区某规〔2023〕1号");
		browser.findElement(By.cssSelector(".search-results li .hit-title a")).click();
		assertThat(browser.getCurrentUrl()).contains("/site/demo-bureau/documents/");
		assertThat(browser.findElement(By.id("site-search")).isDisplayed()).isTrue();
		Browser.screenshotQuietly(browser, "search-document-number");
	}

	/**
	 * Submits the search form and waits until the page it was on is gone: the results read next are the new search's,
	 * not the old page's (whose elements go stale under the reader when the new page arrives).
	 */
	private void submitAndWaitForTheNewPage() {
		WebElement submit = browser.findElement(By.id("search-submit"));
		submit.click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(submit));
	}

}
