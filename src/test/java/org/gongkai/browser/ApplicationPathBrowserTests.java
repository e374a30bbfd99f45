package org.gongkai.browser;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole path of an application in a real browser: a citizen applies on the portal; an officer confirms receipt
 * and asks for a clarification; the citizen's status page shows it; the officer replies with partial disclosure;
 * the citizen downloads the reply letter.
 */
@IntegrationTest
class ApplicationPathBrowserTests {

	@RegisterExtension
	final Browsers browsers = new Browsers();

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	private WebDriver citizen;

	private WebDriver officer;

	@BeforeEach
	void open() throws Exception {
		citizen = browsers.open();
		officer = browsers.open();
	}

	@Test
	void aCitizenAppliesAndDownloadsThePartialDisclosureReply() throws Exception {
		citizen.get(url("/?lang=zh_CN"));
		citizen.findElement(By.linkText("示例区某局")).click();
		citizen.findElement(By.linkText("申请政府信息公开")).click();
		citizen.findElement(By.id("name")).sendKeys("张三");
		citizen.findElement(By.id("idNumber")).sendKeys("11010519491231002"); // one character short
		citizen.findElement(By.id("phone")).sendKeys("13800138000");
		citizen.findElement(By.id("email")).sendKeys("zhangsan@example.com");
		citizen.findElement(By.id("address")).sendKeys("示例区人民路1号");
		citizen.findElement(By.id("description")).sendKeys("示例区某局2025年度部门预算及“三公”经费说明");
		citizen.findElement(By.id("consent")).click();
		Browser.clickAndLoad(citizen, citizen.findElement(By.cssSelector("button.primary")));

		assertThat(citizen.findElement(By.id("idNumber-error")).getText()).contains("身份证号码不正确");
		assertThat(citizen.findElement(By.id("description")).getAttribute("value")).contains("三公");
		WebElement id = citizen.findElement(By.id("idNumber"));
		id.clear();
		id.sendKeys("11010519491231002X");
		if (!citizen.findElement(By.id("consent")).isSelected()) {
			citizen.findElement(By.id("consent")).click();
		}
		Browser.clickAndLoad(citizen, citizen.findElement(By.cssSelector("button.primary")));
		String trackingNumber = citizen.findElement(By.id("tracking-number")).getText();
		String queryCode = citizen.findElement(By.id("query-code")).getText();
		Browser.screenshot(citizen, "application-submitted");

		Browser.logIn(officer, port, "officer");
		officer.get(url("/admin/requests"));
		officer.findElement(By.linkText(trackingNumber)).click();
		act(officer, "CONFIRM_RECEIPT", null);
		act(officer, "REQUEST_CLARIFICATION", "请写明所需预算的年度和具体项目");

		lookUp(trackingNumber, queryCode);
		assertThat(citizen.findElement(By.id("stage")).getText()).isEqualTo("需要您补正申请");
		assertThat(citizen.findElement(By.id("clarification")).getText()).contains("具体项目");
		Browser.screenshot(citizen, "status-clarification");

		act(officer, "RECORD_CLARIFICATION", "2025年度部门预算中的“三公”经费说明");
		open(officer, "REPLY");
		new Select(officer.findElement(By.id("outcome-REPLY"))).selectByValue("PARTIALLY_DISCLOSED");
		officer.findElement(By.id("withheld-part-0")).sendKeys("公务接待对象的姓名");
		new Select(officer.findElement(By.id("withheld-basis-0"))).selectByValue("ART15_THIRD_PARTY");
		officer.findElement(By.id("withheld-reason-0")).sendKeys("属于个人信息，公开会损害其合法权益");
		officer.findElement(By.id("reference-REPLY")).sendKeys("示例区人民政府门户网站“财政预决算”栏目");
		Browser.clickAndLoad(officer, officer.findElement(By.cssSelector("#action-REPLY button")));
		assertThat(officer.findElement(By.id("reply-preview")).getText()).contains("“三公”经费说明", "公务接待对象的姓名");
		Browser.clickAndLoad(officer, officer.findElement(By.id("confirm-reply-button")));
		assertThat(officer.findElement(By.tagName("h1")).getText()).contains("已办结");
		Browser.screenshot(officer, "request-replied");

		lookUp(trackingNumber, queryCode);
		assertThat(citizen.findElement(By.id("outcome")).getText()).isEqualTo("部分公开");
		WebElement letter = citizen.findElements(By.cssSelector("button.letter"))
			.stream()
			.filter(button -> button.getText().startsWith("政府信息公开申请答复书") && button.getText().endsWith(".pdf"))
			.findFirst()
			.orElseThrow();
		Object status = ((JavascriptExecutor) citizen).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const form = arguments[0].form;
				fetch(form.action, {method: 'POST', body: new FormData(form)})
				  .then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('content-type') + ' '
				      + String.fromCharCode(...new Uint8Array(b.slice(0, 5))))));""", letter);
		assertThat(status).isEqualTo("200 application/pdf %PDF-");
	}

	private void lookUp(String trackingNumber, String queryCode) {
		citizen.get(url("/requests/status"));
		citizen.findElement(By.id("trackingNumber")).sendKeys(trackingNumber);
		citizen.findElement(By.id("queryCode")).sendKeys(queryCode);
		Browser.clickAndLoad(citizen, citizen.findElement(By.cssSelector("button.primary")));
	}

	/** Opens the action's panel (one is open at a time). */
	private static void open(WebDriver driver, String action) {
		WebElement panel = driver.findElement(By.id("action-" + action));
		if (panel.getAttribute("open") == null) {
			panel.findElement(By.tagName("summary")).click();
		}
	}

	private void act(WebDriver driver, String action, String reason) {
		open(driver, action);
		WebElement form = driver.findElement(By.id("action-" + action));
		WebElement date = form.findElement(By.name("on"));
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", date,
				LocalDate.now(clock).toString());
		if (reason != null) {
			form.findElement(By.name("reason")).sendKeys(reason);
		}
		Browser.clickAndLoad(driver, form.findElement(By.tagName("button")));
		assertThat(driver.findElement(By.cssSelector(".notice.success")).getText()).startsWith("已办理");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
