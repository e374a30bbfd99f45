package org.gongkai.browser;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.requests.RequestCommand;
import org.gongkai.requests.RequestHandling;
import org.gongkai.requests.RequestQueries;
import org.gongkai.requests.RequestStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The journey issue 17 is done with, on a 390 px phone in 大字版: a citizen reads a published document, finds the
 * agency's annual report from it and downloads it, applies after correcting two rounds of mistakes without being
 * locked out, is asked by the office for a clarification, answers it on the status page and sees it recorded there.
 * On every page the essential parts are shown and nothing is wider than the screen.
 */
@IntegrationTest
class PhoneJourneyBrowserTests {

	@RegisterExtension
	final Browsers browsers = new Browsers();

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	RequestHandling handling;

	@Autowired
	RequestQueries queries;

	private WebDriver citizen;

	@BeforeEach
	void open() throws Exception {
		citizen = browsers.open();
		citizen.manage().window().setSize(new Dimension(390, 844));
	}

	@Test
	void aCitizenOnAPhoneInLargeTypeReadsDownloadsAppliesAndClarifies() {
		try {
			journey();
		}
		catch (RuntimeException | AssertionError e) {
			Browser.screenshotQuietly(citizen, "phone-journey-failed");
			throw e;
		}
	}

	private void journey() {
		citizen.get(url("/site/demo-bureau/index.html"));
		Browser.clickAndLoad(citizen, citizen.findElement(By.cssSelector("main a[href*='/documents/']")));
		citizen.findElement(By.cssSelector("[data-reading='large-text']")).click();
		assertThat(citizen.findElement(By.tagName("html")).getAttribute("class")).contains("large-text");
		fitsTheScreen("document");
		assertThat(citizen.findElement(By.cssSelector("table.metadata")).isDisplayed()).as("信息索引").isTrue();
		assertThat(citizen.findElement(By.cssSelector("table.metadata td")).getText()).isNotBlank();
		assertThat(citizen.findElement(By.tagName("h1")).isDisplayed()).isTrue();
		Browser.screenshotQuietly(citizen, "phone-document");

		Browser.clickAndLoad(citizen, citizen.findElement(By.cssSelector(".breadcrumb a[href$='/demo-bureau/index.html']")));
		assertThat(largeText()).as("大字版 follows the reader").isTrue();
		Browser.clickAndLoad(citizen, visible(By.linkText("政府信息公开年报")));
		fitsTheScreen("annual report column");
		Browser.clickAndLoad(citizen, visible(By.partialLinkText("历年政府信息公开工作年度报告")));
		assertThat(citizen.getCurrentUrl()).endsWith("/annual-reports/demo-bureau");
		assertThat(largeText()).isTrue();
		fitsTheScreen("annual reports");
		WebElement pdf = visible(By.cssSelector("a[href$='/report.pdf']"));
		WebElement docx = visible(By.cssSelector("a[href$='/report.docx']"));
		assertThat(download(pdf.getAttribute("href"))).startsWith("200 application/pdf ").endsWith(" %PDF-");
		assertThat(download(docx.getAttribute("href")))
			.startsWith("200 application/vnd.openxmlformats-officedocument.wordprocessingml.document ")
			.endsWith(" PK\u0003\u0004");
		Browser.screenshotQuietly(citizen, "phone-annual-reports");

		citizen.get(url("/agencies/demo-bureau?lang=zh_CN"));
		assertThat(largeText()).isTrue();
		fitsTheScreen("agency page");
		Browser.clickAndLoad(citizen, visible(By.cssSelector("ul.quick-links a[href*='/requests/new']")));
		assertThat(largeText()).isTrue();
		fitsTheScreen("apply form");
		assertThat(citizen.findElement(By.cssSelector("button.primary")).isDisplayed()).as("submit button").isTrue();
		citizen.findElement(By.id("name")).sendKeys("赵六");
		citizen.findElement(By.id("phone")).sendKeys("139 0000 1111");
		submit();
		assertThat(citizen.findElement(By.id("error-summary")).getText()).doesNotContain("频繁");
		assertThat(citizen.findElements(By.cssSelector("#error-summary a[href$='#email']"))).as("all at once").hasSize(1);
		citizen.findElement(By.id("idNumber")).sendKeys("11010519491231002"); // one character short
		citizen.findElement(By.id("address")).sendKeys("示例区人民路6号");
		citizen.findElement(By.id("description")).sendKeys("示例区某局关于老旧小区加装电梯补贴的文件");
		consent();
		submit();
		assertThat(citizen.findElement(By.id("idNumber-error")).getText()).contains("身份证号码不正确");
		assertThat(citizen.findElement(By.id("error-summary")).getText()).doesNotContain("频繁");
		fitsTheScreen("apply form with errors");
		WebElement id = citizen.findElement(By.id("idNumber"));
		id.clear();
		id.sendKeys("11010519491231002X");
		citizen.findElement(By.id("email")).sendKeys("zhaoliu@example.com");
		consent();
		submit();
		String trackingNumber = citizen.findElement(By.id("tracking-number")).getText();
		String queryCode = citizen.findElement(By.id("query-code")).getText();
		assertThat(trackingNumber).isNotBlank();
		fitsTheScreen("applied");
		Browser.screenshotQuietly(citizen, "phone-applied");

		long requestId = askForClarification(trackingNumber, queryCode);

		lookUp(trackingNumber, queryCode);
		assertThat(citizen.findElement(By.id("stage")).getText()).isEqualTo("需要您补正申请");
		assertThat(citizen.findElement(By.id("clarification")).getText()).contains("加装电梯");
		fitsTheScreen("status with clarification");
		WebElement content = visible(By.id("clarify-content"));
		assertThat(content.getAttribute("value")).as("the form starts empty").isEmpty();
		content.sendKeys("申请公开《示例区老旧小区加装电梯补贴办法》及2025年度补贴发放情况");
		Browser.screenshotQuietly(citizen, "phone-clarify");
		Browser.clickAndLoad(citizen, visible(By.cssSelector("#clarify button.primary")));
		assertThat(citizen.findElement(By.id("clarified")).getText()).contains("已收到您的补正");

		lookUp(trackingNumber, queryCode);
		assertThat(citizen.findElement(By.id("stage")).getText()).isEqualTo("办理中");
		assertThat(citizen.findElements(By.id("clarify"))).as("no second form").isEmpty();
		assertThat(visible(By.id("clarified-content")).getText()).contains("2025年度补贴发放情况");
		assertThat(citizen.findElement(By.cssSelector("#public-timeline [data-step='RECORD_CLARIFICATION']")).getText())
			.contains("收到补正", LocalDate.now(clock).toString());
		assertThat(largeText()).isTrue();
		fitsTheScreen("status after clarification");
		Browser.screenshotQuietly(citizen, "phone-clarified");
		assertThat(queries.publicStatus(trackingNumber, queryCode).orElseThrow().status())
			.isEqualTo(RequestStatus.RECEIVED);
		assertThat(requestId).isPositive();
	}

	/** The office confirms receipt and asks for a clarification, through the application's own service. */
	private long askForClarification(String trackingNumber, String queryCode) {
		AgencyInfo bureau = agencies.findByCode("demo-bureau").orElseThrow();
		Staff officer = new Staff(-1, "officer", bureau.id(), bureau.code(), bureau.path(), Set.of(Role.OFFICER));
		long id = queries.publicStatus(trackingNumber, queryCode).orElseThrow().id();
		LocalDate today = LocalDate.now(clock);
		handling.act(officer, id, new RequestCommand.ConfirmReceipt(today));
		handling.act(officer, id,
				new RequestCommand.RequestClarification(today, "请写明加装电梯补贴文件的名称或文号，以及所需信息的年度。", 15));
		return id;
	}

	private void lookUp(String trackingNumber, String queryCode) {
		citizen.get(url("/requests/status?lang=zh_CN"));
		citizen.findElement(By.id("trackingNumber")).sendKeys(trackingNumber.toLowerCase(java.util.Locale.ROOT));
		citizen.findElement(By.id("queryCode")).sendKeys(queryCode);
		Browser.clickAndLoad(citizen, visible(By.cssSelector("button.primary")));
	}

	private void submit() {
		Browser.clickAndLoad(citizen, visible(By.cssSelector("form button.primary")));
	}

	private void consent() {
		WebElement consent = citizen.findElement(By.id("consent"));
		if (!consent.isSelected()) {
			((JavascriptExecutor) citizen).executeScript("arguments[0].scrollIntoView({block: 'center'})", consent);
			consent.click();
		}
	}

	private WebElement visible(By by) {
		WebElement element = citizen.findElement(by);
		((JavascriptExecutor) citizen).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(element.isDisplayed()).as(by.toString()).isTrue());
		return element;
	}

	private boolean largeText() {
		return citizen.findElement(By.tagName("html")).getAttribute("class").contains("large-text");
	}

	/** Nothing on the page is wider than the screen: no sideways scrolling on a phone. */
	private void fitsTheScreen(String page) {
		JavascriptExecutor js = (JavascriptExecutor) citizen;
		Number scrollWidth = (Number) js.executeScript("return document.documentElement.scrollWidth");
		Number innerWidth = (Number) js.executeScript("return window.innerWidth");
		Object wide = js.executeScript("""
				const w = window.innerWidth; const out = [];
				for (const e of document.body.querySelectorAll('*')) {
				  const r = e.getBoundingClientRect();
				  if (r.width > 0 && r.right > w + 1 && getComputedStyle(e).position !== 'fixed') {
				    out.push(e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + Math.round(r.right));
				  }
				}
				return out.slice(0, 8).join('; ');""");
		if (scrollWidth.intValue() > innerWidth.intValue()) {
			Browser.screenshotQuietly(citizen, "phone-too-wide");
			try {
				java.nio.file.Files.writeString(java.nio.file.Path.of("target", "screenshots", "phone-too-wide.html"),
						citizen.getPageSource());
			}
			catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}
		assertThat(scrollWidth.intValue()).as(page + " is no wider than the screen: " + wide)
			.isLessThanOrEqualTo(innerWidth.intValue());
	}

	/** Fetches a download in the page (same cookies) and answers "status content-type size first-bytes". */
	private String download(String href) {
		Object answer = ((JavascriptExecutor) citizen).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '
				    + r.headers.get('content-type').split(';')[0] + ' ' + b.byteLength + ' '
				    + String.fromCharCode(...new Uint8Array(b.slice(0, b.byteLength > 4 && new Uint8Array(b)[0] === 0x25 ? 5 : 4))))))
				  .catch(e => done('failed ' + e));""", href);
		String text = String.valueOf(answer);
		String[] parts = text.split(" ");
		assertThat(Long.parseLong(parts[2])).as("non-empty " + href).isGreaterThan(1000);
		return text;
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
