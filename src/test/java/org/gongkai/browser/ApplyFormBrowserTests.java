package org.gongkai.browser;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application form that helps (issue 17): the time limit and the paper form before anything is typed; every
 * problem at once in a summary at the top whose links lead to the fields; required fields marked; a phone number
 * written with spaces accepted; a file over the limit refused on the form with everything typed kept.
 */
@IntegrationTest
class ApplyFormBrowserTests {

	@RegisterExtension
	final Browsers browsers = new Browsers();

	@LocalServerPort
	int port;

	private WebDriver citizen;

	@BeforeEach
	void open() throws Exception {
		citizen = browsers.open();
	}

	@Test
	void everyProblemIsListedAtOnceAndASpacedPhoneNumberIsAccepted() {
		citizen.get(url("/requests/new?agency=demo-bureau&lang=zh_CN"));
		assertThat(citizen.findElement(By.id("time-limit")).getText()).contains("20个工作日");
		assertThat(citizen.findElement(By.cssSelector("a[href='/requests/form.docx']")).isDisplayed()).isTrue();
		for (String required : List.of("name", "idNumber", "phone", "address", "description")) {
			assertThat(citizen.findElement(By.id(required)).getAttribute("aria-required")).as(required).isEqualTo("true");
			assertThat(citizen.findElement(By.cssSelector("label[for='" + required + "']")).getText()).as(required)
				.endsWith("*");
		}
		citizen.findElement(By.id("name")).sendKeys("李四");
		citizen.findElement(By.id("phone")).sendKeys("138 1234 5678");
		citizen.findElement(By.id("email")).sendKeys("lisi@example.com");
		Browser.clickAndLoad(citizen, citizen.findElement(By.cssSelector("button.primary")));

		WebElement summary = citizen.findElement(By.id("error-summary"));
		List<String> targets = summary.findElements(By.cssSelector("a"))
			.stream()
			.map(link -> link.getAttribute("href").replaceFirst(".*#", ""))
			.toList();
		assertThat(targets).as("all at once, each linked to its field")
			.contains("idNumber", "address", "description", "consent")
			.doesNotContain("phone", "name");
		for (String target : targets) {
			assertThat(citizen.findElements(By.id(target))).as(target).hasSize(1);
		}
		assertThat(citizen.findElements(By.id("phone-error"))).as("the spaced phone number is fine").isEmpty();
		assertThat(citizen.findElement(By.id("phone")).getAttribute("value")).isEqualTo("138 1234 5678");
		assertThat(citizen.findElement(By.id("name")).getAttribute("value")).as("typed Chinese comes back as typed")
			.isEqualTo("李四");
		assertThat(citizen.switchTo().activeElement().getAttribute("id")).as("focus on the summary")
			.isEqualTo("error-summary");
		Browser.screenshotQuietly(citizen, "apply-error-summary");

		summary.findElement(By.cssSelector("a[href$='#description']")).click();
		assertThat(citizen.switchTo().activeElement().getAttribute("id")).isEqualTo("description");
		citizen.findElement(By.id("idNumber")).sendKeys("11010519491231002X");
		citizen.findElement(By.id("address")).sendKeys("示例区人民路2号");
		citizen.findElement(By.id("description")).sendKeys("示例区某局2025年度部门决算");
		if (!citizen.findElement(By.id("consent")).isSelected()) {
			citizen.findElement(By.id("consent")).click();
		}
		Browser.clickAndLoad(citizen, citizen.findElement(By.cssSelector("button.primary")));
		assertThat(citizen.findElement(By.id("tracking-number")).getText()).isNotBlank();
	}

	@Test
	void aFileOverTheLimitIsRefusedOnTheFormWithEverythingTypedKept() throws Exception {
		Path large = Files.createTempFile("scan-", ".pdf");
		try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
			file.write("%PDF-1.4\n".getBytes());
			file.setLength(70L * 1024 * 1024);
		}
		try {
			citizen.get(url("/requests/new?agency=demo-bureau&lang=zh_CN"));
			citizen.findElement(By.id("name")).sendKeys("王五");
			citizen.findElement(By.id("description")).sendKeys("示例区某局2024年度政府采购合同");
			String page = citizen.getCurrentUrl();
			citizen.findElement(By.id("idProof")).sendKeys(large.toString());

			assertThat(citizen.getCurrentUrl()).as("nothing was sent").isEqualTo(page);
			assertThat(citizen.findElement(By.id("idProof-error")).getText()).isEqualTo("文件不能超过 5 MB。");
			assertThat(citizen.findElement(By.id("name")).getAttribute("value")).isEqualTo("王五");
			assertThat(citizen.findElement(By.id("description")).getAttribute("value")).isEqualTo("示例区某局2024年度政府采购合同");
			assertThat(((JavascriptExecutor) citizen).executeScript("return document.getElementById('idProof').files.length"))
				.as("the file is taken off the form").isEqualTo(0L);
			Browser.screenshotQuietly(citizen, "apply-file-too-large");
		}
		finally {
			Files.deleteIfExists(large);
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
