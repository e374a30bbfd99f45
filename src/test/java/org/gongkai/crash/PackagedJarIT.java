package org.gongkai.crash;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application, {@code java -jar target/gongkai.jar}, as an operator runs it (issue 22, item 1): tests
 * that run from {@code target/classes} could not see that document pages rendered on the common fork-join pool
 * missed their templates inside the jar, so that documents were published in the database and 404 on the portal. It
 * starts the jar on a fresh data directory with the demo, publishes a document through the back office, restarts
 * the jar on the same directory, and finds the page of every published document on the portal, before and after.
 * Failsafe runs it in {@code verify}, after {@code package}.
 */
class PackagedJarIT {

	private static final Duration START = Duration.ofSeconds(150);

	private static final String TITLE = "关于打包运行检查事项的公告";

	private Path dataDir;

	private ApplicationProcess application;

	@AfterEach
	void stop() throws Exception {
		if (application != null) {
			application.close();
		}
		if (dataDir != null) {
			Optional<Long> left = ApplicationProcess.postmasterPid(dataDir);
			if (left.isPresent()) {
				ProcessHandle.of(left.get()).ifPresent(postmaster -> {
					postmaster.destroy();
					postmaster.onExit().orTimeout(30, TimeUnit.SECONDS).join();
				});
			}
		}
	}

	@Test
	void everyPublishedDocumentIsOnThePortalBeforeAndAfterARestart() throws Exception {
		Path jar = Path.of(System.getProperty("gongkai.packaged-jar", "target/gongkai.jar")).toAbsolutePath();
		assertThat(jar).as("the packaged application (failsafe runs after package)").isRegularFile();
		dataDir = Path.of("target", "packaged-jar", UUID.randomUUID().toString(), "data").toAbsolutePath();
		Files.createDirectories(dataDir);

		application = ApplicationProcess.startJar(jar, dataDir, "packaged-first-start", START);
		long published = publish(application);
		List<String> pages = publishedPages();
		assertThat(pages).as("the demo's documents and the one published now")
			.hasSizeGreaterThan(1)
			.anyMatch(page -> page.endsWith("/documents/" + published + ".html"));
		assertEveryPageServed(application, pages, Duration.ofSeconds(60));

		application.close();
		application = ApplicationProcess.startJar(jar, dataDir, "packaged-restart", START);
		assertEveryPageServed(application, publishedPages(), Duration.ofSeconds(60));
	}

	/** Drafts, submits and publishes one document through the back office's forms; its id. */
	private static long publish(ApplicationProcess application) throws Exception {
		WebSession editor = new WebSession(application.base()).logIn("editor", ApplicationProcess.PASSWORD);
		WebSession reviewer = new WebSession(application.base()).logIn("reviewer", ApplicationProcess.PASSWORD);
		String editorToken = editor.get("/admin/documents/new").csrf();
		WebSession.Page saved = editor.post("/admin/documents/new", Map.of("_csrf", editorToken, "columnCode", "news",
				"title", TITLE, "body", "<p>打包运行检查：发布后重启，页面仍在。</p>", "formedOn", "2026-11-20", "validity",
				"VALID", "disclosureMethod", "PROACTIVE"));
		Matcher id = Pattern.compile("/admin/documents/(\\d+)").matcher(String.valueOf(saved.location()));
		assertThat(saved.status() == 302 && id.find()).as("draft saved: %s", saved).isTrue();
		long document = Long.parseLong(id.group(1));
		editor.post("/admin/documents/" + document + "/review", Map.of("_csrf", editorToken, "action", "SUBMIT"));
		String reviewerToken = reviewer.get("/admin/documents/" + document).csrf();
		reviewer.post("/admin/documents/" + document + "/review", Map.of("_csrf", reviewerToken, "action", "PUBLISH"));
		assertThat(reviewer.get("/admin/documents/" + document).body()).contains("id=\"document-status\">已发布<");
		return document;
	}

	/** The portal address of every document with a published version that is not withdrawn, from the database. */
	private List<String> publishedPages() throws Exception {
		List<String> pages = new ArrayList<>();
		try (Connection db = DriverManager.getConnection(
				"jdbc:postgresql://localhost:" + ApplicationProcess.postgresPort(dataDir) + "/postgres", "postgres",
				java.nio.file.Files.readString(dataDir.resolve("keys").resolve("database.password")).strip());
				Statement statement = db.createStatement();
				ResultSet rows = statement.executeQuery("""
						select a.code, d.id from document d join agency a on a.id = d.agency_id
						where d.status <> 'WITHDRAWN'
						  and exists (select 1 from document_revision r where r.document_id = d.id)
						order by d.id""")) {
			while (rows.next()) {
				pages.add("/site/" + rows.getString(1) + "/documents/" + rows.getLong(2) + ".html");
			}
		}
		return pages;
	}

	/** Every page answers 200 within the timeout (a render after a publication or a start takes a moment). */
	private static void assertEveryPageServed(ApplicationProcess application, List<String> pages, Duration timeout)
			throws Exception {
		WebSession visitor = new WebSession(application.base());
		long deadline = System.nanoTime() + timeout.toNanos();
		List<String> missing = new ArrayList<>(pages);
		while (true) {
			List<String> still = new ArrayList<>();
			for (String page : missing) {
				if (visitor.get(page).status() != 200) {
					still.add(page);
				}
			}
			missing = still;
			if (missing.isEmpty() || System.nanoTime() > deadline) {
				break;
			}
			Thread.sleep(500);
		}
		assertThat(missing).as("published documents missing from the portal of the packaged jar; see %s",
				application.log()).isEmpty();
	}

}
