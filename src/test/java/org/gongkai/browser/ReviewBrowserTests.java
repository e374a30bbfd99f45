package org.gongkai.browser;

import java.time.LocalDate;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.publishing.DocumentCommand;
import org.gongkai.publishing.DocumentDesk;
import org.gongkai.publishing.Draft;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18, part 3: the reviewer of a correction sees, before approving, the body as it will be published and its
 * difference from the live version; the editor finds the send-back on their dashboard.
 */
@IntegrationTest
class ReviewBrowserTests {

	@RegisterExtension
	final Browsers browsers = new Browsers();

	@LocalServerPort
	int port;

	@Autowired
	DocumentDesk desk;

	@Autowired
	ApplicationContext context;

	private WebDriver browser;

	@BeforeEach
	void open() throws Exception {
		browser = browsers.open();
	}

	private Staff staff(String username) {
		return StaffFixtures.principal(context, username).staff();
	}

	@Test
	void theReviewerSeesTheBodyAndTheDifferenceBeforeApproving() {
		Staff editor = staff("editor");
		Staff reviewer = staff("reviewer");
		String title = "示例区某局关于2026年度公开招聘考试安排的公告";
		long id = desk.create(editor, "demo-bureau", new Draft("news", title,
				"笔试时间为2026年12月12日上午9:00。\n考试地点：示例区第一中学。", null, "招聘，考试", null, null, null, null,
				LocalDate.of(2026, 11, 30), null));
		desk.review(editor, id, new DocumentCommand.Submit());
		desk.review(reviewer, id, new DocumentCommand.Publish(null, null));
		desk.update(editor, id, new Draft("news", title, "笔试时间为2026年12月13日上午9:00。\n考试地点：示例区第一中学。", null,
				"招聘，考试", null, null, null, null, LocalDate.of(2026, 11, 30), null));
		desk.review(editor, id, new DocumentCommand.Submit());

		Browser.logIn(browser, port, "reviewer");
		browser.get("http://localhost:" + port + "/admin");
		assertThat(browser.findElement(By.id("to-review")).getText()).contains(title);
		Browser.clickAndLoad(browser, browser.findElement(By.id("to-review"))
			.findElements(By.tagName("a"))
			.stream()
			.filter(link -> link.getText().contains(title))
			.findFirst()
			.orElseThrow());
		assertThat(browser.findElement(By.id("document-status")).getText()).isEqualTo("修订待审核（已发布版本仍在线）");
		assertThat(browser.findElement(By.id("preview-body")).getText()).contains("笔试时间为2026年12月13日上午9:00。",
				"考试地点：示例区第一中学。");
		assertThat(browser.findElement(By.cssSelector("#preview table.metadata")).getText()).contains("招聘、考试");
		assertThat(browser.findElement(By.cssSelector("#body-diff del")).getText()).isEqualTo("12");
		assertThat(browser.findElement(By.cssSelector("#body-diff ins")).getText()).isEqualTo("13");
		Browser.screenshotQuietly(browser, "review-correction-difference");
		Browser.clickAndLoad(browser, browser.findElement(By.cssSelector("#publish-form button")));
		assertThat(browser.findElement(By.id("document-status")).getText()).isEqualTo("已发布");
		assertThat(browser.findElement(By.id("document-reviewer")).getText()).as("who approved it (OGI art. 17)")
			.isEqualTo("reviewer");
		assertThat(browser.findElements(By.id("body-diff"))).as("published: nothing left to compare").isEmpty();
	}

	@Test
	void theEditorFindsTheSendBackOnTheDashboardAndTakesASubmissionBack() {
		Staff editor = staff("editor");
		String title = "示例区某局关于开展消防安全培训的通知";
		long sentBack = desk.create(editor, "demo-bureau", new Draft("news", title, "定于下周开展消防安全培训。", null, null,
				null, null, null, null, LocalDate.of(2026, 11, 30), null));
		desk.review(editor, sentBack, new DocumentCommand.Submit());
		desk.review(staff("reviewer"), sentBack, new DocumentCommand.Reject("请写明培训日期和地点。"));

		Browser.logIn(browser, port, "editor");
		browser.get("http://localhost:" + port + "/admin");
		assertThat(browser.findElement(By.id("sent-back-notice")).getText()).contains("被审核人退回修改");
		assertThat(browser.findElement(By.id("sent-back")).getText()).contains(title, "退回意见：请写明培训日期和地点。");
		assertThat(browser.findElement(By.cssSelector("header")).getText()).contains("示例区某局")
			.doesNotContain("demo-bureau");

		browser.get("http://localhost:" + port + "/admin/documents/" + sentBack);
		assertThat(browser.findElement(By.id("document-status")).getText()).isEqualTo("已退回修改");
		Browser.clickAndLoad(browser, browser.findElement(By.id("submit-for-review")));
		assertThat(browser.findElement(By.id("preview-body")).getText()).contains("定于下周开展消防安全培训。");
		Browser.clickAndLoad(browser, browser.findElement(By.id("recall")));
		assertThat(browser.findElement(By.id("document-status")).getText()).isEqualTo("草稿");
		assertThat(browser.findElements(By.id("save-document"))).as("editable again").hasSize(1);
	}

	@Test
	void theNewDocumentFormUsesTheScreenWidthAndTakesFiles() throws Exception {
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
		Browser.logIn(browser, port, "editor");
		browser.get("http://localhost:" + port + "/admin/documents/new");
		assertThat(browser.findElement(By.cssSelector("form.document-form")).getSize().getWidth())
			.as("not the 40rem (640 px) column of the other forms").isGreaterThan(900);
		java.nio.file.Path file = java.nio.file.Files.createTempFile("报名表", ".pdf");
		java.nio.file.Files.writeString(file, "%PDF-1.4\n%%EOF\n");
		browser.findElement(By.id("title")).sendKeys("示例区某局报名表下载（附件随草稿保存）");
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-11-30'",
				browser.findElement(By.id("formedOn")));
		assertThat(browser.findElement(By.cssSelector("#carriers input[value='政府网站']")).isSelected())
			.as("a new draft is on the government website").isTrue();
		browser.findElement(By.cssSelector("#carriers input[value='两微一端']")).click();
		Browser.screenshotQuietly(browser, "document-form-carriers");
		browser.findElement(By.id("new-files")).sendKeys(file.toString());
		Browser.clickAndLoad(browser, browser.findElement(By.id("save-document")));
		assertThat(browser.findElement(By.cssSelector(".attachments table")).getText()).contains(".pdf");
		assertThat(browser.findElement(By.id("preview-carriers")).getText()).isEqualTo("政府网站、两微一端");
	}

}
