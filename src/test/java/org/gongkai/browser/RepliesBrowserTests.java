package org.gongkai.browser;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.IntegrationTest;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.Application;
import org.gongkai.requests.Channel;
import org.gongkai.requests.DeliveryMethod;
import org.gongkai.requests.RequestIntake;
import org.gongkai.requests.RequestView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18 in a real browser. The officer cannot close a partial disclosure without the parts withheld with their
 * basis and reasons, nor without the information provided; the letter, previewed before the confirming step, names
 * the reconsideration body, the court and the contact person. An officer asks for an extension; the head of the office
 * approves it from the dashboard.
 */
@IntegrationTest
class RepliesBrowserTests {

	@RegisterExtension
	final Browsers browsers = new Browsers();

	@LocalServerPort
	int port;

	@Autowired
	RequestIntake intake;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationContext context;

	private WebDriver officer;

	private WebDriver leader;

	@BeforeEach
	void open() throws Exception {
		officer = browsers.open();
		leader = browsers.open();
	}

	@Test
	void anOfficerCannotCloseAPartialDisclosureWithoutItsDocumentsAndReasons_andTheLetterNamesTheRemedies()
			throws Exception {
		RequestView request = register("示例区某局2025年信访事项处理结果", 4);
		Browser.logIn(officer, port, "officer");
		officer.get(url("/admin/requests/" + request.id()));
		assertThat(officer.findElements(By.cssSelector("details.action-form[open]"))).as("all panels closed").isEmpty();
		assertThat(officer.findElement(By.id("on-REPLY")).getAttribute("value")).as("no date preset").isEmpty();
		openPanel(officer, "REQUEST_CLARIFICATION");
		openPanel(officer, "REPLY");
		assertThat(officer.findElements(By.cssSelector("details.action-form[open]"))).as("one panel open at a time")
			.hasSize(1);

		new Select(officer.findElement(By.id("outcome-REPLY"))).selectByValue("PARTIALLY_DISCLOSED");
		Browser.clickAndLoad(officer, officer.findElement(By.cssSelector("#action-REPLY button")));
		assertThat(officer.findElement(By.cssSelector(".notice.error")).getText()).contains("不予公开的部分",
				"法律依据", "具体理由");
		assertThat(officer.findElements(By.id("reply-preview"))).isEmpty();

		WebElement panel = officer.findElement(By.id("action-REPLY"));
		assertThat(panel.getAttribute("open")).as("the failed panel stays open").isNotNull();
		new Select(officer.findElement(By.id("outcome-REPLY"))).selectByValue("PARTIALLY_DISCLOSED");
		officer.findElement(By.id("withheld-part-0")).sendKeys("信访人的姓名、住址和联系电话");
		new Select(officer.findElement(By.id("withheld-basis-0"))).selectByValue("ART15_THIRD_PARTY");
		officer.findElement(By.id("withheld-reason-0")).sendKeys("属于信访人的个人隐私，信访人不同意公开");
		Browser.clickAndLoad(officer, officer.findElement(By.cssSelector("#action-REPLY button")));
		assertThat(officer.findElement(By.cssSelector(".notice.error")).getText()).contains("须提供信息");
		assertThat(officer.findElement(By.tagName("h1")).getText()).doesNotContain("已办结");
		Browser.screenshot(officer, "reply-refused-without-documents");

		assertThat(officer.findElement(By.id("withheld-part-0")).getAttribute("value")).as("what was typed stays")
			.isEqualTo("信访人的姓名、住址和联系电话");
		officer.findElement(By.id("reference-REPLY")).sendKeys("示例区某局门户网站“信访工作”栏目处理结果公告");
		Browser.clickAndLoad(officer, officer.findElement(By.cssSelector("#action-REPLY button")));
		String preview = officer.findElement(By.id("reply-preview")).getText();
		assertThat(preview).contains("政府信息公开申请答复书", "第三十七条", "信访人的姓名、住址和联系电话", "第十五条",
				"向示例区人民政府申请行政复议", "向示例区人民法院提起行政诉讼", "联系人：王专员")
			.doesNotContain("第十四条至第十六条");
		assertThat(officer.findElement(By.tagName("h1")).getText()).as("the preview closes nothing")
			.doesNotContain("已办结");
		Browser.screenshot(officer, "reply-preview");

		Browser.clickAndLoad(officer, officer.findElement(By.id("confirm-reply-button")));
		assertThat(officer.findElement(By.cssSelector(".notice.success")).getText()).startsWith("已办理");
		assertThat(officer.findElement(By.tagName("h1")).getText()).contains("已办结");
		assertThat(officer.findElement(By.id("outcome")).getText()).contains("部分公开");
		assertThat(officer.findElement(By.id("timeline-heading")).findElement(By.xpath("..")).getText())
			.contains("结果：部分公开", "依据：第十五条").doesNotContain("outcome=", "IN_PERSON");
	}

	@Test
	void theHeadOfTheOfficeApprovesAnExtensionFromTheDashboard() throws Exception {
		RequestView request = register("示例区某局2019年以来的全部行政处罚案卷目录", 12);
		Browser.logIn(officer, port, "officer");
		officer.get(url("/admin/requests/" + request.id()));
		assertThat(officer.findElements(By.id("action-EXTEND"))).as("only the head extends").isEmpty();
		openPanel(officer, "REQUEST_EXTENSION");
		officer.findElement(By.id("reason-REQUEST_EXTENSION")).sendKeys("案卷分散在三个科室，需要逐卷检索");
		Browser.clickAndLoad(officer, officer.findElement(By.cssSelector("#action-REQUEST_EXTENSION button")));
		assertThat(officer.findElement(By.id("extension-request")).getText()).contains("案卷分散在三个科室");

		Browser.logIn(leader, port, "leader");
		leader.get(url("/admin"));
		WebElement row = leader.findElement(
				By.cssSelector("#extensions-awaiting tr[data-tracking='" + request.trackingNumber() + "']"));
		assertThat(row.getText()).contains("案卷分散在三个科室", "officer");
		Browser.screenshot(leader, "dashboard-extensions-awaiting");
		String refuse = row.findElement(By.linkText("不批准延期")).getAttribute("href");
		leader.get(refuse);
		assertThat(leader.findElement(By.id("action-REFUSE_EXTENSION")).getAttribute("open"))
			.as("the link to refuse opens the form to refuse")
			.isNotNull();
		leader.get(url("/admin"));
		row = leader.findElement(
				By.cssSelector("#extensions-awaiting tr[data-tracking='" + request.trackingNumber() + "']"));
		Browser.clickAndLoad(leader, row.findElement(By.cssSelector("button.approve-extension")));
		assertThat(leader.findElement(By.cssSelector(".notice.success")).getText()).contains("批准延期");
		assertThat(leader.getCurrentUrl()).endsWith("/admin/requests/" + request.id());
		assertThat(leader.findElement(By.tagName("body")).getText()).contains("延长 20 个工作日");
		assertThat(leader.findElement(By.id("timeline-heading")).findElement(By.xpath("..")).getText())
			.contains("申请延期", "批准延期");

		leader.get(url("/admin"));
		assertThat(leader.findElements(
				By.cssSelector("#extensions-awaiting tr[data-tracking='" + request.trackingNumber() + "']")))
			.as("decided, off the list")
			.isEmpty();
	}

	private RequestView register(String description, int workingDaysAgo) {
		LocalDate day = LocalDate.now(clock);
		while (calendar.workingDaysBetween(day, LocalDate.now(clock)) < workingDaysAgo) {
			day = day.minusDays(1);
		}
		return intake.register(StaffFixtures.principal(context, "officer").staff(), "demo-bureau", Channel.IN_PERSON,
				day, new Application(ApplicantType.NATURAL_PERSON, "李四", null, null, "13800138000",
						"lisi@example.com", "示例区人民路2号", null, null, description, null, DeliveryMethod.EMAIL, false));
	}

	private static void openPanel(WebDriver driver, String action) {
		WebElement panel = driver.findElement(By.id("action-" + action));
		if (panel.getAttribute("open") == null) {
			panel.findElement(By.tagName("summary")).click();
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
