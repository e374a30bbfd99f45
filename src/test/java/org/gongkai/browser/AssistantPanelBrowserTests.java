package org.gongkai.browser;

import java.time.Duration;
import java.util.List;

import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen opens the assistant on the portal with the keyboard, asks, reads the answer with its source, rates it,
 * asks something nobody has written down and hands it over to staff; on a phone the panel fits the screen.
 */
@IntegrationTest
class AssistantPanelBrowserTests {

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
	void asksRatesAndHandsOverWithTheKeyboard() {
		browser.get("http://localhost:" + port + "/agencies/demo-district?lang=zh_CN");
		WebElement summary = browser.findElement(By.cssSelector("aside.assistant summary"));
		assertThat(summary.getText()).isEqualTo("智能问答");
		summary.sendKeys(Keys.ENTER);
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		WebElement question = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assistant-question")));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".assistant-suggestions button")));
		question.sendKeys("居住证", Keys.ENTER);
		// a keyword that fits several items, "您是不是想问": the candidates as choices; choosing one asks about it
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".assistant-log li.bot .choices button")));
		assertThat(browser.findElement(By.cssSelector(".assistant-log li.bot")).getText()).contains("您是不是想问");
		List<WebElement> choices = browser.findElements(By.cssSelector(".assistant-log li.bot .choices button"));
		assertThat(choices).extracting(WebElement::getText).contains("居住证首次申领", "居住证签注");
		WebElement choice = choices.stream().filter(c -> c.getText().equals("居住证签注")).findFirst().orElseThrow();
		choice.sendKeys(Keys.ENTER);
		WebElement answer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".assistant-log li.bot .sources a")));
		assertThat(answer.getText()).isEqualTo("居住证签注");
		assertThat(answer.getAttribute("href")).endsWith("/service-guides/demo-district/GA-JZZ-QZ");
		assertThat(browser.findElements(By.cssSelector(".assistant-log li.bot")).get(1).getText()).contains("办理时限").contains("收费");
		Browser.screenshotQuietly(browser, "assistant-answer");
		WebElement helpful = browser.findElements(By.cssSelector(".assistant-log li.bot")).get(1).findElement(By.cssSelector(".rate button"));
		helpful.sendKeys(Keys.ENTER);
		wait.until(driver -> driver.findElements(By.cssSelector(".assistant-log li.bot")).get(1).getText().contains("感谢您的评价"));

		question.sendKeys("今天天气怎么样", Keys.ENTER);
		WebElement contact = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assistant-handoff-contact")));
		var answers = browser.findElements(By.cssSelector(".assistant-log li.bot"));
		assertThat(answers.get(answers.size() - 1).getText()).contains("抱歉，我没有在办事指南");
		contact.sendKeys("13900002222", Keys.ENTER);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".assistant-log"), "您的问题已转为政务咨询"));
		WebElement number = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".assistant-consultation-number")));
		assertThat(number.getText()).as("the 咨询编号 of the consultation created").isNotBlank();
		assertThat(browser.findElement(By.cssSelector(".assistant-handed-over a")).getAttribute("href"))
			.endsWith("/consultations/lookup");
		Browser.screenshotQuietly(browser, "assistant-handoff");
	}

	@Test
	void fitsAPhoneScreen() {
		browser.manage().window().setSize(new Dimension(390, 844));
		browser.get("http://localhost:" + port + "/service-guides/demo-district/MZ-DB?lang=zh_CN");
		browser.findElement(By.cssSelector("aside.assistant summary")).click();
		WebElement body = new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".assistant-body")));
		long viewport = (Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window.innerWidth");
		assertThat(body.getRect().getX()).isGreaterThanOrEqualTo(0);
		assertThat(body.getRect().getX() + body.getRect().getWidth()).isLessThanOrEqualTo((int) viewport);
		Browser.screenshotQuietly(browser, "assistant-phone");
	}

}
