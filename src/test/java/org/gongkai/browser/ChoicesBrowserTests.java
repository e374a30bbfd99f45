package org.gongkai.browser;

import java.time.Duration;
import java.time.LocalDate;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.Application;
import org.gongkai.requests.Channel;
import org.gongkai.requests.DeliveryMethod;
import org.gongkai.requests.RequestIntake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Choices offered instead of codes typed: a citizen subscribing picks an agency and sees its columns by name in place
 * (the page is not left), and an officer gives an application to a colleague picked from those who handle the
 * agency's applications.
 */
@IntegrationTest
class ChoicesBrowserTests {

	@RegisterExtension
	final Browsers browsers = new Browsers();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aCitizenPicksAnAgencyAndOneOfItsColumnsByName() throws Exception {
		WebDriver citizen = browsers.open();
		citizen.get(url("/subscriptions?lang=zh_CN"));
		assertThat(citizen.findElement(By.cssSelector("#subscription-agency button")).isDisplayed())
			.as("the reload button is for browsers without the script")
			.isFalse();
		assertThat(Axe.seriousFindings(citizen)).isEmpty();
		((JavascriptExecutor) citizen).executeScript("window.stayed = true;");
		new Select(citizen.findElement(By.id("agency"))).selectByVisibleText("示例区某局");
		new WebDriverWait(citizen, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until(page -> "demo-bureau"
			.equals(page.findElement(By.name("agencyCode")).getAttribute("value")));
		assertThat(((JavascriptExecutor) citizen).executeScript("return window.stayed === true;"))
			.as("the columns change in place")
			.isEqualTo(true);
		assertThat(citizen.findElement(By.cssSelector("label[for='columnCode']")).getText()).isEqualTo("示例区某局的栏目");
		new Select(citizen.findElement(By.id("columnCode"))).selectByValue("budgets");
		assertThat(new Select(citizen.findElement(By.id("columnCode"))).getFirstSelectedOption().getText())
			.contains("财政预决算");
		citizen.findElement(By.id("email")).sendKeys("browser.budgets@example.com");
		Browser.clickAndLoad(citizen, citizen.findElement(By.cssSelector("#subscription-columns ~ button.primary")));
		assertThat(citizen.findElement(By.tagName("h1")).getText()).isEqualTo("请查收确认邮件");
	}

	@Test
	void anOfficerGivesAnApplicationToAColleaguePickedFromTheList() throws Exception {
		long id = context.getBean(RequestIntake.class)
			.register(StaffFixtures.principal(context, "officer").staff(), "demo-bureau", Channel.IN_PERSON,
					LocalDate.now(context.getBean(java.time.Clock.class)),
					new Application(ApplicantType.NATURAL_PERSON, "吴九", null, null, null, null, null, null, null,
							"示例区某局2025年信访件办理情况", null, DeliveryMethod.IN_PERSON, false))
			.id();
		WebDriver officer = browsers.open();
		Browser.logIn(officer, port, "officer");
		officer.get(url("/admin/requests/" + id + "?lang=zh_CN"));
		Select assignee = new Select(officer.findElement(By.id("assignee")));
		assertThat(assignee.getOptions()).extracting(option -> option.getAttribute("value"))
			.contains("", "officer", "leader")
			.doesNotContain("editor", "finance-editor");
		assignee.selectByValue("leader");
		Browser.clickAndLoad(officer, officer.findElement(By.cssSelector("#assignee + button")));
		assertThat(new Select(officer.findElement(By.id("assignee"))).getFirstSelectedOption().getText())
			.isEqualTo("赵主任（leader）");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
