package org.gongkai.browser;

import java.util.List;

import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 信息公开 front door as a citizen meets it: an agency's front page shows the five standard entries (指南, 制度,
 * 法定主动公开内容, 年报, 依申请公开) and every one opens; a column shows the catalog tree beside a table of 索引号 /
 * 名称 / 文号 / 日期 / 有效性; a document is set like a 公文 and has 字号 and 打印; and axe finds nothing serious or
 * critical on the key pages.
 */
@IntegrationTest
class PortalFrontDoorBrowserTests {

	@RegisterExtension
	final Browsers browsers = new Browsers();

	static final List<String> FIVE = List.of("政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开");

	@LocalServerPort
	int port;

	private WebDriver citizen;

	@BeforeEach
	void open() throws Exception {
		citizen = browsers.open();
	}

	@Test
	void theFiveStandardEntriesAreOnTheFrontPageAndEachOpens() {
		for (String front : List.of("/site/demo-district/index.html", "/agencies/demo-district?lang=zh_CN", "/?lang=zh_CN")) {
			citizen.get(url(front));
			List<String> entries = citizen.findElements(By.cssSelector(".front-door-entries a.entry-title"))
				.stream()
				.map(WebElement::getText)
				.toList();
			assertThat(entries).as(front).containsExactlyElementsOf(FIVE);
		}
		citizen.get(url("/site/demo-district/index.html"));
		assertThat(citizen.findElements(By.cssSelector(".agency-tree a"))).extracting(WebElement::getText)
			.contains("示例区人民政府", "示例区某局");
		for (String entry : FIVE) {
			citizen.get(url("/site/demo-district/index.html"));
			Browser.clickAndLoad(citizen, citizen.findElement(By.linkText(entry)));
			assertThat(citizen.findElement(By.tagName("h1")).getText()).as(entry).contains(entry);
			assertThat(citizen.findElement(By.cssSelector(".catalog-tree a[aria-current='page']")).getText())
				.as("the catalog tree beside, the entry marked")
				.isEqualTo(entry);
		}
		Browser.screenshotQuietly(citizen, "front-door-requests-column");
		assertThat(citizen.findElement(By.cssSelector("a[href='/requests/form.docx']")).isDisplayed()).isTrue();
	}

	@Test
	void aColumnListsItsDocumentsInATableAndADocumentHasPrintAndTextSize() {
		citizen.get(url("/site/demo-bureau/index.html"));
		Browser.clickAndLoad(citizen, citizen.findElement(By.cssSelector("#latest-heading + ul a[href*='/documents/']")));
		String title = citizen.findElement(By.cssSelector("h1.document-title")).getText();
		assertThat(citizen.findElement(By.cssSelector("h1.document-title")).getCssValue("text-align")).isEqualTo("center");
		List<WebElement> paragraphs = citizen.findElements(By.cssSelector(".official-document .body p"));
		if (!paragraphs.isEmpty()) {
			assertThat(px(paragraphs.get(0).getCssValue("text-indent"))).as("首行缩进 two characters")
				.isCloseTo(2 * px(paragraphs.get(0).getCssValue("font-size")), org.assertj.core.data.Offset.offset(0.5));
		}
		WebElement body = citizen.findElement(By.cssSelector(".official-document .body"));
		assertThat(body.getCssValue("font-family")).contains("FangSong").endsWith("serif");
		double before = px(body.getCssValue("font-size"));
		citizen.findElement(By.cssSelector("[data-text-size='up']")).click();
		assertThat(px(body.getCssValue("font-size"))).as("字号 larger, in place").isGreaterThan(before);
		assertThat(citizen.findElement(By.cssSelector("[data-text-size='up']")).getAttribute("aria-pressed"))
			.isEqualTo("true");
		citizen.findElement(By.cssSelector("[data-text-size='reset']")).click();
		assertThat(px(body.getCssValue("font-size"))).isEqualTo(before);
		assertThat(citizen.findElement(By.cssSelector("[data-print]")).getText()).isEqualTo("打印");

		Browser.clickAndLoad(citizen, citizen.findElement(By.cssSelector(".breadcrumb a:last-of-type")));
		List<String> headings = citizen.findElements(By.cssSelector("table.column-documents th"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(headings).containsExactly("索引号", "名称", "文号", "日期", "有效性");
		assertThat(citizen.findElements(By.cssSelector("table.column-documents td a"))).extracting(WebElement::getText)
			.contains(title);
		assertThat(citizen.findElements(By.cssSelector(".catalog-tree a"))).hasSizeGreaterThan(5);
	}

	@Test
	void axeFindsNothingSeriousOnTheKeyPortalPages() {
		citizen.get(url("/site/demo-bureau/index.html"));
		citizen.findElement(By.cssSelector("#latest-heading + ul a[href*='/documents/']")).click();
		String document = citizen.getCurrentUrl();
		String column = citizen.findElement(By.cssSelector(".breadcrumb a:last-of-type")).getAttribute("href");
		for (String page : List.of(url("/?lang=zh_CN"), url("/agencies/demo-district?lang=zh_CN"),
				url("/site/demo-district/index.html"), column, url("/site/demo-bureau/statutory/index.html"),
				url("/site/demo-district/guide/index.html"), document, url("/requests/new?lang=zh_CN"),
				url("/requests/status?lang=zh_CN"))) {
			citizen.get(page);
			assertThat(Axe.seriousFindings(citizen)).as(page).isEmpty();
		}
		citizen.get(url("/requests/new?lang=zh_CN"));
		Browser.clickAndLoad(citizen, citizen.findElement(By.cssSelector("button.primary")));
		assertThat(citizen.findElement(By.id("error-summary")).isDisplayed()).isTrue();
		assertThat(Axe.seriousFindings(citizen)).as("the form with its errors").isEmpty();
	}

	private static double px(String value) {
		return Double.parseDouble(value.replace("px", ""));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
