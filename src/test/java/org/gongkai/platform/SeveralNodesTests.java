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
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.publishing.DocumentDesk;
import org.gongkai.publishing.Draft;
import org.gongkai.requests.ActionCommand;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.Application;
import org.gongkai.requests.Channel;
import org.gongkai.requests.DeliveryMethod;
import org.gongkai.requests.RequestAction;
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
 * start it, and a document published on one is served by both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralNodesTests {

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
		b = node("b", key);
	}

	private ConfigurableApplicationContext node(String name, String personalDataKey) {
		return new SpringApplicationBuilder(GongkaiApplication.class).run(
				"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--server.port=0",
				"--gongkai.data-dir=" + root.resolve("node-" + name), "--gongkai.site-dir=" + root.resolve("shared/site"),
				"--gongkai.files-dir=" + root.resolve("shared/files"), "--gongkai.cluster.sessions=jdbc",
				"--gongkai.cluster.node=" + name, "--gongkai.personal-data-key=" + personalDataKey, "--gongkai.demo=true",
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

	@Test
	void theDailyDeadlineJobStartedOnBothNodesRunsOnce() throws Exception {
		Staff officer = StaffFixtures.principal(a, "officer").staff();
		long id = a.getBean(RequestIntake.class)
			.register(officer, "demo-bureau", Channel.IN_PERSON, LocalDate.of(2025, 11, 3),
					new Application(ApplicantType.NATURAL_PERSON, "冯十", null, null, null, null, null, null, null,
							"某份通知", null, DeliveryMethod.IN_PERSON, false))
			.id();
		a.getBean(RequestHandling.class)
			.act(officer, id, ActionCommand.of(RequestAction.REQUEST_CLARIFICATION, LocalDate.of(2025, 11, 5))
				.withReason("请写明通知的发文日期")
				.withWorkingDays(10));

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
		long id = desk.create(editor, "demo-bureau", new Draft("news", title, "各科室：本通知由节点甲发布，节点乙同样提供。", null, null,
				"通知", null, null, null, LocalDate.now(Beijing.ZONE), null));
		desk.submit(editor, id);
		desk.publish(reviewer, id, null, null);

		String page = "/site/demo-bureau/documents/" + id + ".html";
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			HttpResponse<String> onB = send(b, HttpRequest.newBuilder(uri(b, page)), null);
			assertThat(onB.statusCode()).isEqualTo(200);
			assertThat(onB.body()).contains(title);
		});
		HttpResponse<String> onA = send(a, HttpRequest.newBuilder(uri(a, page)), null);
		assertThat(onA.statusCode()).isEqualTo(200);
		assertThat(onA.body()).contains(title);
		assertThat(send(b, HttpRequest.newBuilder(uri(b, "/site/demo-bureau/news/index.html")), null).body())
			.contains(page);
		assertThat(Files.readString(root.resolve("shared/site/current"))).as("one live generation, in the shared directory")
			.isNotBlank();
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
