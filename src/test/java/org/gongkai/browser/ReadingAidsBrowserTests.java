package org.gongkai.browser;

import java.time.Duration;

import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 适老化 on the pages people actually read: on a published (static) page at phone width, large text, high contrast
 * and wide spacing switch in place without a request to the server, and the choice follows the reader to the
 * dynamic portal pages; the 信息索引 table stacks its labels above its values instead of squeezing four columns.
 */
@IntegrationTest
class ReadingAidsBrowserTests {

	@RegisterExtension
	final Browsers browsers = new Browsers();

	@LocalServerPort
	int port;

	private WebDriver reader;

	@BeforeEach
	void open() throws Exception {
		reader = browsers.open();
		reader.manage().window().setSize(new Dimension(390, 844));
	}

	@Test
	void anOlderReaderSwitchesTheReadingAidsOnAPublishedPage() {
		reader.get(url("/site/demo-bureau/index.html"));
		reader.findElement(By.cssSelector("main a[href*='/documents/']")).click();
		await().atMost(Duration.ofSeconds(10)).until(() -> reader.getCurrentUrl().contains("/documents/"));
		String page = reader.getCurrentUrl();

		reader.findElement(By.cssSelector("[data-reading='large-text']")).click();
		reader.findElement(By.cssSelector("[data-reading='high-contrast']")).click();
		reader.findElement(By.cssSelector("[data-reading='wide-spacing']")).click();
		assertThat(reader.getCurrentUrl()).as("switched in place").isEqualTo(page);
		assertThat(htmlClass()).contains("large-text", "high-contrast", "wide-spacing");
		assertThat(reader.findElement(By.cssSelector("[data-reading='high-contrast']")).getAttribute("aria-pressed"))
			.isEqualTo("true");
		assertThat(reader.findElement(By.tagName("body")).getCssValue("background-color"))
			.isEqualTo("rgba(0, 0, 0, 1)");

		var label = reader.findElement(By.cssSelector("table.metadata th"));
		var value = reader.findElement(By.cssSelector("table.metadata td"));
		assertThat(value.getLocation().getY()).as("the value under its label on a phone")
			.isGreaterThan(label.getLocation().getY());
		assertThat(value.getSize().getWidth()).as("the value gets the width of the screen").isGreaterThan(250);

		reader.get(url("/agencies/demo-bureau"));
		assertThat(htmlClass()).as("the dynamic pages follow the choice").contains("large-text", "high-contrast");
		reader.findElement(By.cssSelector("[data-reading='high-contrast']")).click();
		reader.get(page);
		assertThat(htmlClass()).contains("large-text").doesNotContain("high-contrast");
	}

	private String htmlClass() {
		return reader.findElement(By.tagName("html")).getAttribute("class");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
