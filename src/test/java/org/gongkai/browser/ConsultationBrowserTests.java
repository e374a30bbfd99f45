package org.gongkai.browser;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.IntegrationTest;
import org.gongkai.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consultation in a real browser: a citizen asks on the portal; the question lies three weeks unanswered; the
 * ledger shows it overdue; the officer answers it late and the ledger says so; the citizen reads the answer by the
 * tracking number. The supervisor's dashboard draws its charts under the strict Content-Security-Policy.
 */
@IntegrationTest
class ConsultationBrowserTests {

	@RegisterExtension
	final Browsers browsers = new Browsers();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkingDayCalendar calendar;

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
	void aCitizenAsks_theOfficerAnswersLate_theLedgerShowsIt_theCitizenReadsTheAnswer() throws Exception {
		citizen.get(url("/?lang=zh_CN"));
		citizen.findElement(By.linkText("咨询留言")).click();
		citizen.findElement(By.linkText("我要咨询")).click();
		new Select(citizen.findElement(By.id("agencyCode"))).selectByVisibleText("示例区某局");
		citizen.findElement(By.id("name")).sendKeys("陈小梅");
		citizen.findElement(By.id("phone")).sendKeys("13900139000");
		citizen.findElement(By.id("subject")).sendKeys("残疾人补贴申请");
		citizen.findElement(By.id("question")).sendKeys("请问残疾人两项补贴在哪里申请，需要带哪些材料？");
		citizen.findElement(By.id("publish")).click();
		Browser.clickAndLoad(citizen, citizen.findElement(By.cssSelector("button.primary")));
		String trackingNumber = citizen.findElement(By.id("tracking-number")).getText();
		assertThat(trackingNumber).startsWith("ZX");
		Browser.screenshot(citizen, "consultation-asked");

		threeWeeksPass(trackingNumber);

		Browser.logIn(officer, port, "officer");
		officer.get(url("/admin/interaction/consultations?filter=OPEN"));
		WebElement row = officer.findElement(By.cssSelector("tr[data-tracking='" + trackingNumber + "']"));
		assertThat(row.getAttribute("class")).contains("row-bad");
		assertThat(row.getText()).contains("已超期");
		row.findElement(By.linkText(trackingNumber)).click();
		officer.findElement(By.id("answer-text")).sendKeys("请携带身份证、残疾人证和户口簿到户籍所在地街道便民服务中心申请。");
		Browser.clickAndLoad(officer, officer.findElement(By.cssSelector("#triage-ANSWER button")));
		assertThat(officer.findElement(By.cssSelector(".notice.success")).getText()).contains("答复");
		assertThat(officer.findElement(By.tagName("h1")).getText()).contains("已答复");

		officer.get(url("/admin/interaction/consultations?filter=LATE"));
		WebElement late = officer.findElement(By.cssSelector("tr[data-tracking='" + trackingNumber + "']"));
		assertThat(late.getText()).contains("逾期办理").contains("已答复");
		Browser.screenshot(officer, "consultation-ledger-late");

		citizen.get(url("/consultations/lookup"));
		citizen.findElement(By.id("trackingNumber")).sendKeys(trackingNumber);
		Browser.clickAndLoad(citizen, citizen.findElement(By.cssSelector("button.primary")));
		assertThat(citizen.findElement(By.id("stage")).getText()).isEqualTo("已答复");
		assertThat(citizen.findElement(By.id("answer")).getText()).contains("便民服务中心");
		Browser.screenshot(citizen, "consultation-answer");
	}

	@Test
	void theSupervisorsDashboardDrawsItsCharts() throws Exception {
		Browser.logIn(officer, port, "supervisor");
		officer.get(url("/admin/interaction"));
		assertThat(officer.findElement(By.cssSelector("#overview")).getText()).contains("示例区某局");
		assertThat(officer.findElements(By.cssSelector("#chart-volumes canvas"))).isNotEmpty();
		assertThat(officer.findElements(By.cssSelector("#chart-timeliness canvas"))).isNotEmpty();
		Browser.screenshot(officer, "interaction-dashboard");
	}

	/** The question came three weeks ago: its dates move back as if it had arrived then. */
	private void threeWeeksPass(String trackingNumber) {
		LocalDate received = LocalDate.now(clock).minusWeeks(3);
		jdbc.sql("""
				update consultation set received_on = :received, due_on = :due, limit_on = :limit
				where tracking_number = :number""")
			.param("received", received)
			.param("due", calendar.addWorkingDays(received, 5))
			.param("limit", received.plusMonths(3))
			.param("number", trackingNumber)
			.update();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
