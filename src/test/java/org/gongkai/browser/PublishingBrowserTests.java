package org.gongkai.browser;

import java.time.Duration;

import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor writes and submits; the reviewer sees a flagged ID number and sends it back; the editor fixes it; the
 * reviewer approves; the page appears on the portal.
 */
@IntegrationTest
class PublishingBrowserTests {

	@RegisterExtension
	final Browsers browsers = new Browsers();

	@LocalServerPort
	int port;

	private WebDriver editor;

	private WebDriver reviewer;

	@BeforeEach
	void open() throws Exception {
		editor = browsers.open();
		reviewer = browsers.open();
	}

	@Test
	void aFlaggedIdNumberIsFixedBeforeThePageGoesLive() {
		Browser.logIn(editor, port, "editor");
		editor.get(url("/admin/documents/new"));
		new Select(editor.findElement(By.id("columnCode"))).selectByVisibleText("回应关切");
		editor.findElement(By.id("title")).sendKeys("关于某小区加装电梯补贴问题的回应");
		WebElement editorArea = editor.findElement(By.cssSelector(".rich-text-area"));
		editorArea.click();
		toolbarButton(editor, "小标题").click();
		editorArea.sendKeys("核实情况" + Keys.ENTER);
		editorArea.sendKeys("经核实，申请人李某（身份证号11010519491231002X）所在小区符合补贴条件。" + Keys.ENTER + "补贴将于下月发放。");
		((org.openqa.selenium.JavascriptExecutor) editor).executeScript("arguments[0].value = '2026-11-20'",
				editor.findElement(By.id("formedOn")));
		editor.findElement(By.id("save-document")).click();
		new WebDriverWait(editor, Duration.ofSeconds(15))
			.until(driver -> driver.getCurrentUrl().matches(".*/admin/documents/\\d+.*"));
		String documentUrl = editor.getCurrentUrl();
		Browser.clickAndLoad(editor, editor.findElement(By.id("submit-for-review")));
		assertThat(editor.findElement(By.id("document-status")).getText()).isEqualTo("待审核");

		Browser.logIn(reviewer, port, "reviewer");
		reviewer.get(documentUrl);
		assertThat(reviewer.findElement(By.cssSelector(".findings")).getText()).contains("身份证号码", "11010519491231002X");
		Browser.screenshotQuietly(reviewer, "review-flagged");
		reviewer.findElement(By.id("comment")).sendKeys("请删除身份证号码");
		Browser.clickAndLoad(reviewer, reviewer.findElements(By.cssSelector(".action-form button"))
			.stream()
			.filter(button -> button.getText().equals("退回修改"))
			.findFirst()
			.orElseThrow());
		assertThat(reviewer.findElement(By.cssSelector(".notice.success")).getText()).isEqualTo("已退回修改。");

		editor.get(documentUrl);
		WebElement body = editor.findElement(By.cssSelector(".rich-text-area"));
		WebElement flagged = body.findElements(By.tagName("p"))
			.stream()
			.filter(paragraph -> paragraph.getText().contains("11010519491231002X"))
			.findFirst()
			.orElseThrow();
		flagged.click();
		flagged.sendKeys(Keys.END);
		for (int i = 0; i < flagged.getText().length(); i++) {
			flagged.sendKeys(Keys.BACK_SPACE);
		}
		flagged.sendKeys("经核实，申请人所在小区符合补贴条件。");
		Browser.clickAndLoad(editor, editor.findElement(By.id("save-document")));
		Browser.clickAndLoad(editor, editor.findElement(By.id("submit-for-review")));
		assertThat(editor.findElement(By.id("document-status")).getText()).isEqualTo("待审核");

		reviewer.get(documentUrl);
		assertThat(reviewer.findElement(By.cssSelector(".confidentiality .notice.success")).getText()).contains("未发现");
		Browser.clickAndLoad(reviewer, reviewer.findElement(By.cssSelector("#publish-form button")));
		assertThat(reviewer.findElement(By.id("document-status")).getText()).isEqualTo("已发布");
		reviewer.findElement(By.linkText("查看门户页面")).click();
		new WebDriverWait(reviewer, Duration.ofSeconds(15)).until(driver -> {
			driver.navigate().refresh();
			return driver.getPageSource().contains("关于某小区加装电梯补贴问题的回应");
		});
		assertThat(reviewer.findElement(By.cssSelector("table.metadata")).getText()).contains("索引号", "11429900MB0000101T/");
		assertThat(reviewer.getPageSource()).doesNotContain("11010519491231002X");
		assertThat(reviewer.findElement(By.cssSelector(".body h3")).getText()).as("the editor's subheading")
			.isEqualTo("核实情况");
		assertThat(reviewer.findElement(By.cssSelector(".body")).getText()).contains("经核实，申请人所在小区符合补贴条件。",
				"补贴将于下月发放。");
		Browser.screenshotQuietly(reviewer, "published-page");
	}

	@Test
	void everyParagraphTypedIntoANewDocumentIsAParagraph() {
		Browser.logIn(editor, port, "editor");
		editor.get(url("/admin/documents/new"));
		editor.findElement(By.id("title")).sendKeys("示例区某局关于2027年元旦假期值班安排的通知");
		WebElement area = editor.findElement(By.cssSelector(".rich-text-area"));
		area.click();
		area.sendKeys("各科室：" + Keys.ENTER + "现将2027年元旦假期值班安排通知如下。");
		((org.openqa.selenium.JavascriptExecutor) editor).executeScript("arguments[0].value = '2026-12-01'",
				editor.findElement(By.id("formedOn")));
		Browser.clickAndLoad(editor, editor.findElement(By.id("save-document")));
		java.util.List<String> paragraphs = editor.findElements(By.cssSelector("#preview-body > *"))
			.stream()
			.map(element -> element.getTagName() + ":" + element.getText())
			.toList();
		assertThat(paragraphs).as("the first line too, which the browser left bare in an empty body")
			.containsExactly("p:各科室：", "p:现将2027年元旦假期值班安排通知如下。");
	}

	private static WebElement toolbarButton(WebDriver driver, String label) {
		return driver.findElements(By.cssSelector(".rich-text-toolbar button"))
			.stream()
			.filter(button -> button.getText().equals(label))
			.findFirst()
			.orElseThrow();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
