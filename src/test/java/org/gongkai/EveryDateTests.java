package org.gongkai;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.gongkai.annualreport.AnnualReport;
import org.gongkai.annualreport.AnnualReports;
import org.gongkai.calendar.CalendarDay;
import org.gongkai.calendar.OfficialCalendar;
import org.gongkai.calendar.StatutoryHolidays;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.platform.Beijing;
import org.gongkai.publishing.Draft;
import org.gongkai.publishing.DocumentCommand;
import org.gongkai.publishing.DocumentDesk;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.Application;
import org.gongkai.requests.Channel;
import org.gongkai.requests.DeliveryMethod;
import org.gongkai.requests.Outcome;
import org.gongkai.requests.RequestCommand;
import org.gongkai.requests.RequestHandling;
import org.gongkai.requests.RequestIntake;
import org.gongkai.requests.RequestStatus;
import org.gongkai.requests.RequestView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole application with its demo, started on the dates where a calendar breaks: today's real date, 31 December,
 * the first working day of January, 除夕 of the first year without a shipped holiday notice, 1 October of that year,
 * and a day three years after the last notice. On each, an application is registered, asked for clarification,
 * clarified and answered; a document is published and its page served; the portal answers; the year's report is
 * drafted from the records. Each date gets a fresh data directory and its own embedded PostgreSQL.
 */
class EveryDateTests {

	static Stream<LocalDate> dates() {
		LocalDate today = LocalDate.now(Beijing.ZONE);
		int lastNotice = OfficialCalendar.lastNoticeYear();
		WorkingDayCalendar calendar = OfficialCalendar.calendar();
		LocalDate firstWorkingDay = LocalDate.of(today.getYear() + 1, Month.JANUARY, 1);
		while (!calendar.isWorkingDay(firstWorkingDay)) {
			firstWorkingDay = firstWorkingDay.plusDays(1);
		}
		LocalDate newYearsEve = StatutoryHolidays.of(lastNotice + 1)
			.stream()
			.filter(day -> day.name().equals("春节"))
			.map(CalendarDay::day)
			.findFirst()
			.orElseThrow();
		Set<LocalDate> dates = new LinkedHashSet<>();
		dates.add(today);
		dates.add(LocalDate.of(today.getYear(), Month.DECEMBER, 31));
		dates.add(firstWorkingDay);
		dates.add(newYearsEve);
		dates.add(LocalDate.of(lastNotice + 1, Month.OCTOBER, 1));
		dates.add(LocalDate.of(lastNotice + 3, Month.JUNE, 1));
		return dates.stream();
	}

	@ParameterizedTest(name = "the platform works on {0}")
	@MethodSource("dates")
	void theMainPathsWorkOn(LocalDate day) throws Exception {
		Path dataDir = Path.of("target/every-date", day + "-" + UUID.randomUUID());
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GongkaiApplication.class).run(
				"--spring.datasource.url=", "--server.port=0", "--gongkai.data-dir=" + dataDir,
				"--gongkai.demo=true", "--gongkai.admin-password=" + IntegrationTest.PASSWORD,
				"--gongkai.clock.start=" + day + "T09:00")) {
			int lastNotice = OfficialCalendar.lastNoticeYear();
			WorkingDayCalendar calendar = app.getBean(WorkingDayCalendar.class);
			Staff officer = StaffFixtures.principal(app, "officer").staff();

			RequestView registered = app.getBean(RequestIntake.class)
				.register(officer, "demo-bureau", Channel.IN_PERSON, day,
						new Application(ApplicantType.NATURAL_PERSON, "多日期测试", null, null, null, null, null, null,
								null, "示例区某局" + day.getYear() + "年度部门预算", null, DeliveryMethod.IN_PERSON, false));
			assertThat(registered.dueOn()).isEqualTo(calendar.addWorkingDays(day, 20));
			assertThat(registered.dueOnProvisional()).as("due %s, last notice %s", registered.dueOn(), lastNotice)
				.isEqualTo(registered.dueOn().getYear() > lastNotice);

			RequestHandling handling = app.getBean(RequestHandling.class);
			RequestView clarifying = handling.act(officer, registered.id(),
					new RequestCommand.RequestClarification(day, "请写明所需预算信息的具体项目。", 15));
			assertThat(clarifying.pendingDueOn()).isEqualTo(calendar.addWorkingDays(day, 15));
			RequestView clarified = handling.act(officer, registered.id(),
					new RequestCommand.RecordClarification(day, "2026年部门预算中的项目支出明细"));
			assertThat(clarified.dueOn()).isEqualTo(calendar.addWorkingDays(day, 20));
			RequestView replied = handling.act(officer, registered.id(),
					new RequestCommand.Reply(day, Outcome.DISCLOSED, null, java.util.List.of(),
							"门户网站“财政预决算”栏目", null, 0));
			assertThat(replied.status()).isEqualTo(RequestStatus.CLOSED);

			Staff editor = StaffFixtures.principal(app, "editor").staff();
			Staff reviewer = StaffFixtures.principal(app, "reviewer").staff();
			DocumentDesk desk = app.getBean(DocumentDesk.class);
			String title = "示例区某局" + day + "工作动态";
			long document = desk.create(editor, "demo-bureau", new Draft("news", title, "本日工作动态。", "工作动态", "动态",
					"其他", null, null, null, day, null));
			desk.review(editor, document, new DocumentCommand.Submit());
			desk.review(reviewer, document, new DocumentCommand.Publish(null, null));

			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			HttpClient http = HttpClient.newHttpClient();
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				HttpResponse<String> page = get(http, port, "/site/demo-bureau/documents/" + document + ".html");
				assertThat(page.statusCode()).isEqualTo(200);
				assertThat(page.body()).contains(title);
			});
			HttpResponse<String> portal = get(http, port, "/");
			assertThat(portal.statusCode()).isEqualTo(200);
			assertThat(portal.body()).contains(title);

			AnnualReport report = app.getBean(AnnualReports.class)
				.draft(StaffFixtures.principal(app, "leader").staff(), "demo-bureau", day.getYear());
			assertThat(report.status()).isEqualTo(AnnualReport.Status.DRAFT);
			assertThat(report.figures().requestsReceived()).as("received in %s", day.getYear()).isPositive();
			assertThat(report.figures().requests().total(Outcome.DISCLOSED)).as("disclosed in %s", day.getYear())
				.isPositive();
		}
	}

	private static HttpResponse<String> get(HttpClient http, int port, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
