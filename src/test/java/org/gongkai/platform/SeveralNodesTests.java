package org.gongkai.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.gongkai.GongkaiApplication;
import org.gongkai.IntegrationTest;
import org.gongkai.calendar.CalendarAdministration;
import org.gongkai.calendar.CalendarDay;
import org.gongkai.calendar.CalendarYear;
import org.gongkai.calendar.DayKind;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.identity.AgencyAdministration;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.AgencyLevel;
import org.gongkai.identity.NewAgency;
import org.gongkai.identity.NewStaffAccount;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffAccounts;
import org.gongkai.publishing.Catalog;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.publishing.DocumentCommand;
import org.gongkai.publishing.DocumentDesk;
import org.gongkai.publishing.Draft;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.Application;
import org.gongkai.requests.Channel;
import org.gongkai.requests.DeliveryMethod;
import org.gongkai.requests.RequestCommand;
import org.gongkai.requests.RequestHandling;
import org.gongkai.requests.RequestIntake;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application nodes on one PostgreSQL, sharing the site and files directories, with sessions in the database
 * (docs/adr/0002-several-nodes.md): a login on one is valid on the other, the daily deadline job runs once when both
 * start it, a document published on one is served by both, and a holiday notice saved on one counts on the other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralNodesTests {

	private static final String AGENCY = "node-bureau";

	private final Path root = Path.of("target/test-data/several-nodes-" + UUID.randomUUID()).toAbsolutePath();

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private EmbeddedPostgres postgres;

	private ConfigurableApplicationContext a;

	private ConfigurableApplicationContext b;

	@BeforeAll
	void startTwoNodes() throws Exception {
		postgres = EmbeddedDatabaseConfiguration.start(root.resolve("pg"));
		String key = Base64.getEncoder().encodeToString(new byte[32]);
		a = node("a", key);
		fixtures();
		b = node("b", key);
	}

	/**
	 * What the tests need, made on node A (without the demo, whose seeding takes longer than the rest of the test):
	 * an agency with its catalog, an editor, a reviewer and an officer, and the holiday notices of the years the
	 * deadlines run through (weekends only).
	 */
	private void fixtures() {
		LocalDate today = LocalDate.now(Beijing.ZONE);
		for (int year = today.minusMonths(3).getYear(); year <= today.getYear() + 1; year++) {
			a.getBean(CalendarAdministration.class)
				.save("admin", new CalendarYear(year, "国办发明电〔" + (year - 1) + "〕1号", LocalDate.of(year - 1, 11, 1), null,
						List.of()));
		}
		AgencyInfo bureau = a.getBean(AgencyAdministration.class)
			.ensureChild("root", new NewAgency(AGENCY, "节点测试局", "root",
					CreditCodes.of(AGENCY), AgencyLevel.BUREAU));
		a.getBean(Catalog.class).ensureFor(bureau.id());
		StaffAccounts accounts = a.getBean(StaffAccounts.class);
		accounts.ensure(new NewStaffAccount("editor", "张编辑", IntegrationTest.PASSWORD, AGENCY, Set.of(Role.EDITOR)));
		accounts.ensure(new NewStaffAccount("reviewer", "李审核", IntegrationTest.PASSWORD, AGENCY, Set.of(Role.REVIEWER)));
		accounts.ensure(new NewStaffAccount("officer", "王专员", IntegrationTest.PASSWORD, AGENCY, Set.of(Role.OFFICER)));
		accounts.ensure(new NewStaffAccount("guard", "赵安全", IntegrationTest.PASSWORD, AGENCY,
				Set.of(Role.SECURITY_ADMIN)));
	}

	private ConfigurableApplicationContext node(String name, String personalDataKey) {
		return new SpringApplicationBuilder(GongkaiApplication.class).run(
				"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres",
				"--spring.datasource.password=" + EmbeddedDatabaseConfiguration.password(root.resolve("pg")),
				"--gongkai.audit-key=" + personalDataKey, "--gongkai.site-sm2-key=" + personalDataKey,
				"--server.port=0",
				"--gongkai.data-dir=" + root.resolve("node-" + name), "--gongkai.site-dir=" + root.resolve("shared/site"),
				"--gongkai.files-dir=" + root.resolve("shared/files"), "--gongkai.cluster.sessions=jdbc",
				"--gongkai.cluster.node=" + name, "--gongkai.personal-data-key=" + personalDataKey, "--gongkai.demo=false",
				"--gongkai.admin-password=" + IntegrationTest.PASSWORD);
	}

	@AfterAll
	void stopTwoNodes() throws Exception {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { b, a }) {
			if (node != null) {
				node.close();
			}
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void aLoginOnOneNodeIsValidOnTheOther() throws Exception {
		HttpResponse<String> form = send(a, HttpRequest.newBuilder(uri(a, "/admin/login")), null);
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
		assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
		String body = "username=admin&password=" + IntegrationTest.PASSWORD + "&_csrf=" + csrf.group(1);
		HttpResponse<String> login = send(a,
				HttpRequest.newBuilder(uri(a, "/admin/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(body)),
				cookie(form));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/admin"));
		String session = cookie(login);
		assertThat(session).startsWith("SESSION=");

		HttpResponse<String> onB = send(b, HttpRequest.newBuilder(uri(b, "/admin")), session);
		assertThat(onB.statusCode()).as("node B knows the session node A created").isEqualTo(200);
		assertThat(onB.body()).contains("/admin/logout");
		HttpResponse<String> withoutSession = send(b, HttpRequest.newBuilder(uri(b, "/admin")), null);
		assertThat(withoutSession.statusCode()).isEqualTo(302);
		assertThat(jdbc().sql("select count(*) from spring_session where principal_name = 'admin'")
			.query(Long.class)
			.single()).isOne();
	}

	/**
	 * 强退 with sessions in the database (issue 19): the officer's login on node A is a row of spring_session; the
	 * security administrator, on node B, finds it on the officer's sessions page with the address it signed in from
	 * and its last access, and ends it; the officer's next request on node A is sent to the login page, and the
	 * ending is audited.
	 */
	@Test
	void theSecurityAdministratorOnOneNodeEndsASessionMadeOnTheOther() throws Exception {
		String officer = login(a, "officer");
		assertThat(send(a, HttpRequest.newBuilder(uri(a, "/admin")), officer).statusCode()).isEqualTo(200);
		String sessionId = new String(Base64.getDecoder().decode(officer.substring("SESSION=".length())),
				StandardCharsets.UTF_8);
		long lastAccess = jdbc().sql("select last_access_time from spring_session where session_id = :id")
			.param("id", sessionId)
			.query(Long.class)
			.single();
		assertThat(jdbc().sql("select principal_name from spring_session where session_id = :id")
			.param("id", sessionId)
			.query(String.class)
			.single()).isEqualTo("officer");
		long userId = StaffFixtures.principal(a, "officer").staff().userId();
		// the page names a session by the first 12 hexadecimal digits of the SHA-256 of its id
		String reference = java.util.HexFormat.of()
			.formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest(sessionId.getBytes(StandardCharsets.UTF_8)), 0, 6);

		String guard = login(b, "guard");
		String sessions = "/admin/users/" + userId + "/sessions";
		HttpResponse<String> page = send(b, HttpRequest.newBuilder(uri(b, sessions)), guard);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("officer", "王专员", "<code>" + reference + "</code>", "<td>127.0.0.1</td>",
				java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
					.withZone(Beijing.ZONE)
					.format(java.time.Instant.ofEpochMilli(lastAccess)));

		HttpResponse<String> end = send(b,
				HttpRequest.newBuilder(uri(b, sessions + "/end"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("reference=" + reference + "&_csrf=" + csrf(page))),
				guard);
		assertThat(end.statusCode()).isEqualTo(302);
		assertThat(end.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith(sessions));

		HttpResponse<String> refused = send(a, HttpRequest.newBuilder(uri(a, "/admin")), officer);
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(refused.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/admin/login?expired"));
		HttpResponse<String> again = send(b, HttpRequest.newBuilder(uri(b, "/admin")), officer);
		assertThat(again.statusCode()).as("on the other node too").isEqualTo(302);
		assertThat(again.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).contains("/admin/login"));
		assertThat(jdbc().sql("select count(*) from spring_session where session_id = :id")
			.param("id", sessionId)
			.query(Long.class)
			.single()).as("the ended session is gone from the table").isZero();
		assertThat(send(b, HttpRequest.newBuilder(uri(b, sessions)), guard).body()).contains("已强制退出会话 " + reference)
			.doesNotContain("<code>" + reference + "</code>");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc().sql("""
					select count(*) from audit_entry where action = 'STAFF_SESSION_ENDED' and subject = 'user:officer'
					and actor = 'guard' and summary = :summary""")
				.param("summary", "session=" + reference)
				.query(Long.class)
				.single() == 1);
	}

	/** Signs {@code username} in on a node through the login form; answers the session cookie. */
	private String login(ConfigurableApplicationContext node, String username) throws Exception {
		HttpResponse<String> form = send(node, HttpRequest.newBuilder(uri(node, "/admin/login")), null);
		String body = "username=" + username + "&password=" + IntegrationTest.PASSWORD + "&_csrf=" + csrf(form);
		HttpResponse<String> login = send(node,
				HttpRequest.newBuilder(uri(node, "/admin/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(body)),
				cookie(form));
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/admin"));
		return cookie(login);
	}

	private static String csrf(HttpResponse<String> page) {
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		assertThat(csrf.find()).as("the page carries a CSRF token").isTrue();
		return java.net.URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
	}

	@Test
	void theDailyDeadlineJobStartedOnBothNodesRunsOnce() throws Exception {
		Staff officer = StaffFixtures.principal(a, "officer").staff();
		LocalDate received = LocalDate.now(Beijing.ZONE).minusMonths(2);
		long id = a.getBean(RequestIntake.class)
			.register(officer, AGENCY, Channel.IN_PERSON, received,
					new Application(ApplicantType.NATURAL_PERSON, "冯十", null, null, null, null, null, null, null,
							"某份通知", null, DeliveryMethod.IN_PERSON, false))
			.id();
		a.getBean(RequestHandling.class)
			.act(officer, id, new RequestCommand.RequestClarification(received.plusDays(2), "请写明通知的发文日期", 10));

		List<Runnable> scans = List.of(scheduled(a, "DeadlineScan.daily"), scheduled(b, "DeadlineScan.daily"));
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<CompletableFuture<Void>> runs = scans.stream().map(scan -> CompletableFuture.runAsync(() -> {
				try {
					together.await(10, TimeUnit.SECONDS);
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
				scan.run();
			}, threads)).toList();
			CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
		}
		finally {
			threads.shutdownNow();
		}

		LocalDate today = LocalDate.now(Beijing.ZONE);
		List<String> ranOn = jdbc().sql("select node from job_run where job = 'request-deadlines' and day = :today")
			.param("today", today)
			.query(String.class)
			.list();
		assertThat(ranOn).hasSize(1);
		assertThat(ranOn.get(0)).isIn("a", "b");
		assertThat(jdbc().sql("select count(*) from request_event where request_id = :id and action = 'CLOSE_UNCLARIFIED'")
			.param("id", id)
			.query(Long.class)
			.single()).as("the application was closed once").isOne();
	}

	@Test
	void aDocumentPublishedOnOneNodeIsServedByBoth() throws Exception {
		Staff editor = StaffFixtures.principal(a, "editor").staff();
		Staff reviewer = StaffFixtures.principal(a, "reviewer").staff();
		DocumentDesk desk = a.getBean(DocumentDesk.class);
		String title = "示例区某局关于两台服务器共同发布的通知";
		long id = desk.create(editor, AGENCY, new Draft("news", title, "各科室：本通知由节点甲发布，节点乙同样提供。", null, null,
				"通知", null, null, null, LocalDate.now(Beijing.ZONE), null));
		desk.review(editor, id, new DocumentCommand.Submit());
		desk.review(reviewer, id, new DocumentCommand.Publish(null, null));

		String page = "/site/" + AGENCY + "/documents/" + id + ".html";
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			HttpResponse<String> onB = send(b, HttpRequest.newBuilder(uri(b, page)), null);
			assertThat(onB.statusCode()).isEqualTo(200);
			assertThat(onB.body()).contains(title);
		});
		HttpResponse<String> onA = send(a, HttpRequest.newBuilder(uri(a, page)), null);
		assertThat(onA.statusCode()).isEqualTo(200);
		assertThat(onA.body()).contains(title);
		assertThat(send(b, HttpRequest.newBuilder(uri(b, "/site/" + AGENCY + "/news/index.html")), null).body())
			.contains(page);
		assertThat(Files.readString(root.resolve("shared/site/current"))).as("one live generation, in the shared directory")
			.isNotBlank();
	}

	/**
	 * Each node has its own Lucene index and assistant index: a document published on node A is found by search and
	 * by the assistant on node B within seconds, through the change log, not at B's next start.
	 */
	@Test
	void aDocumentPublishedOnOneNodeIsFoundOnTheOtherWithinSeconds() throws Exception {
		Staff editor = StaffFixtures.principal(a, "editor").staff();
		Staff reviewer = StaffFixtures.principal(a, "reviewer").staff();
		DocumentDesk desk = a.getBean(DocumentDesk.class);
		String title = "示例区某局关于琉璃瓦修缮工程验收的公告";
		long id = desk.create(editor, AGENCY, new Draft("news", title, "琉璃瓦修缮工程已于本月完成验收，现予公告。", null, null,
				"公告", null, null, null, LocalDate.now(Beijing.ZONE), null));
		desk.review(editor, id, new DocumentCommand.Submit());
		desk.review(reviewer, id, new DocumentCommand.Publish(null, null));

		String search = "/api/v1/search?q=" + java.net.URLEncoder.encode("琉璃瓦修缮", StandardCharsets.UTF_8);
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			HttpResponse<String> onB = send(b, HttpRequest.newBuilder(uri(b, search)), null);
			assertThat(onB.statusCode()).isEqualTo(200);
			assertThat(onB.body()).contains(title);
		});
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertThat(
				b.getBean(org.gongkai.assistant.Assistant.class)
					.ask(AGENCY, "琉璃瓦修缮工程验收了吗", null, java.util.Locale.SIMPLIFIED_CHINESE)
					.sources())
			.anySatisfy(source -> assertThat(source.documentId()).isEqualTo(id)));
	}

	@Test
	void aHolidayNoticeSavedOnOneNodeCountsOnTheOtherWithinSeconds() {
		WorkingDayCalendar onB = b.getBean(WorkingDayCalendar.class);
		LocalDate newYearsDay = LocalDate.of(2031, 1, 1);
		LocalDate saturday = LocalDate.of(2031, 1, 4);
		assertThat(onB.isConfigured(2031)).isFalse();
		assertThat(onB.isWorkingDay(saturday)).as("provisionally a weekend day").isFalse();
		a.getBean(CalendarAdministration.class)
			.save("admin", new CalendarYear(2031, "国办发明电〔2030〕9号", LocalDate.of(2030, 11, 10), null,
					List.of(new CalendarDay(newYearsDay, DayKind.HOLIDAY, "元旦"),
							new CalendarDay(saturday, DayKind.MAKE_UP_WORKDAY, "元旦"))));
		assertThat(a.getBean(WorkingDayCalendar.class).isWorkingDay(saturday)).isTrue();
		await().atMost(Duration.ofSeconds(15)).until(() -> onB.isConfigured(2031));
		assertThat(onB.isWorkingDay(newYearsDay)).as("a Wednesday, but 元旦").isFalse();
		assertThat(onB.isWorkingDay(saturday)).as("the notice's make-up workday").isTrue();
	}

	/** The task the scheduler of a node runs for a method, e.g. {@code DeadlineScan.daily}. */
	private static Runnable scheduled(ConfigurableApplicationContext node, String method) {
		return node.getBeansOfType(ScheduledTaskHolder.class)
			.values()
			.stream()
			.flatMap(holder -> holder.getScheduledTasks().stream())
			.map(ScheduledTask::getTask)
			.filter(task -> task.toString().endsWith(method))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no scheduled task " + method))
			.getRunnable();
	}

	private JdbcClient jdbc() {
		return a.getBean(JdbcClient.class);
	}

	private static URI uri(ConfigurableApplicationContext node, String path) {
		int port = ((WebServerApplicationContext) node).getWebServer().getPort();
		return URI.create("http://localhost:" + port + path);
	}

	private HttpResponse<String> send(ConfigurableApplicationContext node, HttpRequest.Builder request, String cookie)
			throws Exception {
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** The session cookie a response sets, as a Cookie header. */
	private static String cookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.map(value -> value.split(";", 2)[0])
			.filter(value -> value.startsWith("SESSION="))
			.reduce((first, last) -> last)
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}

}
