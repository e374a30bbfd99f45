package org.gongkai.crash;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.gongkai.platform.Sha256;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Crash safety of the default installation (embedded PostgreSQL, files, Lucene and the static site in one data
 * directory). The application runs as a JVM of its own and is killed with SIGKILL twice: while the public submits
 * applications from several threads, and while a publication is being rendered into a new site generation. Each time
 * it starts again on the same data directory (the PostgreSQL the killed JVM left running is stopped first), and the
 * test shows that every acknowledged submission is stored whole with its attachment, that no stored application is
 * half-written, that the live site is one complete generation (every file as its manifest records), that every
 * acknowledged publication reaches the site again and that search finds it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashSafetyTests {

	private static final Duration START = Duration.ofSeconds(150);

	private static final String AGENCY = "demo-bureau";

	private static final String MARK = "崩溃演练";

	private final SecureRandom random = new SecureRandom();

	private Path dataDir;

	private ApplicationProcess application;

	@BeforeAll
	void startOnAFreshDataDirectory() throws Exception {
		dataDir = Path.of("target", "crash-data", UUID.randomUUID().toString(), "data").toAbsolutePath();
		Files.createDirectories(dataDir);
		application = ApplicationProcess.start(dataDir, "first-start", START);
	}

	@AfterAll
	void stop() throws Exception {
		if (application != null) {
			application.close();
		}
		// a failed test may leave the PostgreSQL of a killed run behind: it is this test's, stop it by its pid
		Optional<Long> left = ApplicationProcess.postmasterPid(dataDir);
		if (left.isPresent()) {
			ProcessHandle.of(left.get()).ifPresent(postmaster -> {
				postmaster.destroy();
				postmaster.onExit().orTimeout(30, TimeUnit.SECONDS).join();
			});
		}
	}

	/** An application the portal acknowledged with its receipt, and the file attached to it. */
	record Acknowledged(String trackingNumber, String queryCode, String description, String fileSha256,
			int fileSize) {
	}

	@Test
	@Order(1)
	void everyAcknowledgedSubmissionSurvivesAKill() throws Exception {
		ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
		AtomicBoolean killed = new AtomicBoolean();
		ExecutorService submitters = Executors.newFixedThreadPool(4);
		String base = application.base();
		List<Future<Object>> running = new ArrayList<>();
		for (int thread = 0; thread < 4; thread++) {
			int submitter = thread;
			running.add(submitters.submit(() -> {
				WebSession browser = new WebSession(base);
				for (int n = 0; !killed.get(); n++) {
					try {
						acknowledged.add(submit(browser, submitter, n));
					}
					catch (IOException | RuntimeException e) {
						if (!killed.get()) {
							throw e;
						}
					}
				}
				return null;
			}));
		}
		awaitAtLeast(acknowledged::size, 24, Duration.ofSeconds(30), running);
		killed.set(true);
		application.kill();
		submitters.shutdown();
		assertThat(submitters.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		for (Future<Object> submitter : running) {
			submitter.get();
		}
		List<Acknowledged> receipts = List.copyOf(acknowledged);

		Optional<Long> orphan = ApplicationProcess.postmasterPid(dataDir);
		assertThat(orphan).as("the embedded PostgreSQL outlives the killed JVM").isPresent();
		application = ApplicationProcess.start(dataDir, "after-submissions-kill", START);
		assertThat(ProcessHandle.of(orphan.get()).map(ProcessHandle::isAlive).orElse(false))
			.as("the orphaned PostgreSQL was stopped before the new one started")
			.isFalse();

		int stored;
		try (Connection db = database()) {
			for (Acknowledged receipt : receipts) {
				assertStoredWhole(db, receipt);
			}
			stored = assertNoApplicationIsHalfWritten(db);
			awaitAudited(db, receipts);
		}
		WebSession browser = new WebSession(application.base());
		for (Acknowledged receipt : receipts.subList(0, Math.min(5, receipts.size()))) {
			String status = browser.post("/requests/status", Map.of("_csrf", browser.get("/requests/status").csrf(),
					"trackingNumber", receipt.trackingNumber(), "queryCode", receipt.queryCode())).body();
			assertThat(status).as("the status page of %s with its query code", receipt.trackingNumber())
				.contains(receipt.trackingNumber());
		}
		System.out.printf("crash safety: %d applications acknowledged before the kill, all stored whole; %d stored in "
				+ "all (committed, receipt not read before the kill), none half-written%n", receipts.size(), stored);
	}

	@Test
	@Order(2)
	void theLiveSiteIsOneWholeGenerationAfterAKillDuringRendering() throws Exception {
		ConcurrentLinkedQueue<Long> published = new ConcurrentLinkedQueue<>();
		AtomicBoolean killed = new AtomicBoolean();
		// two desks publish at once, so that changes arrive while a render runs and are coalesced into the next one
		ExecutorService publisher = Executors.newFixedThreadPool(2);
		List<Future<Object>> publishing = new ArrayList<>();
		for (int desk = 0; desk < 2; desk++) {
			WebSession editor = new WebSession(application.base()).logIn("editor", ApplicationProcess.PASSWORD);
			WebSession reviewer = new WebSession(application.base()).logIn("reviewer", ApplicationProcess.PASSWORD);
			String editorToken = editor.get("/admin/documents/new").csrf();
			String reviewerToken = reviewer.get("/admin/documents").csrf();
			int first = desk * 100_000;
			publishing.add(publisher.submit(() -> {
				for (int n = first + 1; !killed.get(); n++) {
					try {
						publish(editor, editorToken, reviewer, reviewerToken, n).ifPresent(published::add);
					}
					catch (IOException | RuntimeException e) {
						if (!killed.get()) {
							throw e;
						}
					}
				}
				return null;
			}));
		}
		awaitAtLeast(published::size, 6, Duration.ofSeconds(40), publishing);
		Path site = dataDir.resolve("site");
		String rendering = awaitGenerationInTheMaking(site, Duration.ofSeconds(30));
		killed.set(true);
		application.kill();
		publisher.shutdown();
		assertThat(publisher.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		for (Future<Object> desk : publishing) {
			desk.get();
		}
		List<Long> acknowledged = List.copyOf(published);

		String liveAfterKill = live(site);
		assertThat(liveAfterKill).as("the generation that was being rendered never went live").isNotEqualTo(rendering);
		assertWhole(site, liveAfterKill);

		application = ApplicationProcess.start(dataDir, "after-rendering-kill", START);
		String live = awaitOnSite(site, acknowledged, Duration.ofSeconds(60));
		assertWhole(site, live);
		WebSession visitor = new WebSession(application.base());
		for (long id : acknowledged) {
			WebSession.Page page = visitor.get("/site/" + AGENCY + "/documents/" + id + ".html");
			assertThat(page.status()).as("document %d on the portal", id).isEqualTo(200);
			assertThat(page.body()).contains(titles.get(id));
		}
		awaitFoundBySearch(visitor, acknowledged, Duration.ofSeconds(60));
		System.out.printf("crash safety: %d publications acknowledged before the kill during generation %s; "
				+ "live after restart: %s%n", acknowledged.size(), rendering, live);
	}

	// ---- intake

	private Acknowledged submit(WebSession browser, int submitter, int n) throws IOException, InterruptedException {
		String csrf = browser.get("/requests/new?agency=" + AGENCY).csrf();
		String description = MARK + "：申请公开示例区某局2025年第" + submitter + "组第" + n + "号会议纪要";
		byte[] proof = png();
		WebSession.Page posted = browser.postMultipart("/requests/new",
				new TreeMap<>(Map.ofEntries(Map.entry("_csrf", csrf), Map.entry("agencyCode", AGENCY),
						Map.entry("applicantType", "NATURAL_PERSON"), Map.entry("name", "张三"),
						Map.entry("idType", "RESIDENT_ID_CARD"), Map.entry("idNumber", "11010519491231002X"),
						Map.entry("phone", "13800138000"), Map.entry("email", "zhangsan@example.com"),
						Map.entry("address", "示例区人民路1号"), Map.entry("description", description),
						Map.entry("deliveryMethod", "EMAIL"), Map.entry("consent", "true"))),
				"idProof", "身份证.png", "image/png", proof);
		if (posted.status() != 302 || !posted.location().endsWith("/requests/submitted")) {
			throw new IllegalStateException("submission refused: " + posted.status() + " " + posted.location());
		}
		String receipt = browser.get("/requests/submitted").body();
		return new Acknowledged(find(receipt, "id=\"tracking-number\">([^<]+)<"),
				find(receipt, "id=\"query-code\">([^<]+)<"), description, Sha256.hex(proof), proof.length);
	}

	/** A small PNG (by its signature) with random content, so that every attachment has a hash of its own. */
	private byte[] png() {
		byte[] bytes = new byte[2048 + random.nextInt(4096)];
		random.nextBytes(bytes);
		byte[] signature = { (byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };
		System.arraycopy(signature, 0, bytes, 0, signature.length);
		return bytes;
	}

	private void assertStoredWhole(Connection db, Acknowledged receipt) throws SQLException, IOException {
		try (PreparedStatement query = db.prepareStatement("""
				select r.id, r.status, r.description, r.applicant_name, r.applicant_id_number, r.applicant_phone,
				       r.query_code_hash
				from disclosure_request r where r.tracking_number = ?""")) {
			query.setString(1, receipt.trackingNumber());
			try (ResultSet row = query.executeQuery()) {
				assertThat(row.next()).as("application %s is stored", receipt.trackingNumber()).isTrue();
				long id = row.getLong("id");
				assertThat(row.getString("status")).isEqualTo("SUBMITTED");
				assertThat(row.getString("description")).isEqualTo(receipt.description());
				assertThat(row.getString("applicant_name")).isEqualTo("张三");
				assertThat(row.getString("applicant_id_number")).startsWith("v1:");
				assertThat(row.getString("applicant_phone")).startsWith("v1:");
				assertThat(row.getString("query_code_hash")).isEqualTo(Sha256.hex(receipt.queryCode()));
				List<String[]> files = files(db, id);
				assertThat(files).as("the attachment of %s", receipt.trackingNumber()).hasSize(1);
				assertThat(files.get(0)[0]).isEqualTo(receipt.fileSha256());
				assertThat(Long.parseLong(files.get(0)[2])).isEqualTo(receipt.fileSize());
				assertFileMatches(files.get(0));
				assertThat(count(db, "select count(*) from request_event where request_id = ? and to_status = 'SUBMITTED'",
						id)).as("the timeline of %s", receipt.trackingNumber()).isEqualTo(1);
			}
		}
		try (PreparedStatement mail = db.prepareStatement("select count(*) from outgoing_mail where subject like ?")) {
			mail.setString(1, "%" + receipt.trackingNumber());
			try (ResultSet count = mail.executeQuery()) {
				count.next();
				assertThat(count.getLong(1)).as("the confirmation mail of %s", receipt.trackingNumber()).isEqualTo(1);
			}
		}
	}

	/**
	 * Every application of this test in the database, acknowledged or not, has its attachment and its timeline;
	 * returns how many there are.
	 */
	private int assertNoApplicationIsHalfWritten(Connection db) throws SQLException, IOException {
		List<Long> ids = new ArrayList<>();
		try (PreparedStatement query = db.prepareStatement("select id from disclosure_request where description like ?")) {
			query.setString(1, MARK + "%");
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					ids.add(rows.getLong(1));
				}
			}
		}
		assertThat(ids).isNotEmpty();
		for (long id : ids) {
			List<String[]> files = files(db, id);
			assertThat(files).as("attachment rows of application %d", id).hasSize(1);
			assertFileMatches(files.get(0));
			assertThat(count(db, "select count(*) from request_event where request_id = ?", id)).isEqualTo(1);
		}
		return ids.size();
	}

	/** The audit entry of each acknowledged application arrives, replayed from the event registry if need be. */
	private void awaitAudited(Connection db, List<Acknowledged> receipts) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		Set<String> missing = new HashSet<>();
		do {
			missing.clear();
			for (Acknowledged receipt : receipts) {
				try (PreparedStatement query = db.prepareStatement(
						"select count(*) from audit_entry where subject = ? and action = 'REQUEST_REGISTERED'")) {
					query.setString(1, "request:" + receipt.trackingNumber());
					try (ResultSet count = query.executeQuery()) {
						count.next();
						if (count.getLong(1) == 0) {
							missing.add(receipt.trackingNumber());
						}
					}
				}
			}
			if (missing.isEmpty()) {
				return;
			}
			Thread.sleep(250);
		}
		while (System.nanoTime() < deadline);
		fail("no audit entry for " + missing);
	}

	private static List<String[]> files(Connection db, long requestId) throws SQLException {
		List<String[]> files = new ArrayList<>();
		try (PreparedStatement query = db.prepareStatement(
				"select sha256, storage_path, size_bytes from request_document where request_id = ? and kind = 'UPLOAD'")) {
			query.setLong(1, requestId);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					files.add(new String[] { rows.getString(1), rows.getString(2), Long.toString(rows.getLong(3)) });
				}
			}
		}
		return files;
	}

	private void assertFileMatches(String[] file) throws IOException {
		Path stored = dataDir.resolve("files").resolve(file[1]);
		assertThat(stored).as("the stored file %s", file[1]).isRegularFile();
		byte[] content = Files.readAllBytes(stored);
		assertThat(content).hasSize(Integer.parseInt(file[2]));
		assertThat(Sha256.hex(content)).as("the hash of %s", file[1]).isEqualTo(file[0]);
	}

	private static long count(Connection db, String sql, long id) throws SQLException {
		try (PreparedStatement query = db.prepareStatement(sql)) {
			query.setLong(1, id);
			try (ResultSet count = query.executeQuery()) {
				count.next();
				return count.getLong(1);
			}
		}
	}

	/** The embedded PostgreSQL of the running application, with the password it generated into its keys. */
	private Connection database() throws IOException, SQLException {
		return DriverManager.getConnection(
				"jdbc:postgresql://localhost:" + ApplicationProcess.postgresPort(dataDir) + "/postgres", "postgres",
				java.nio.file.Files.readString(dataDir.resolve("keys").resolve("database.password")).strip());
	}

	// ---- publishing

	private final Map<Long, String> titles = new java.util.concurrent.ConcurrentHashMap<>();

	/** Drafts, submits and publishes one document; its id once the reviewer's page shows it published. */
	private Optional<Long> publish(WebSession editor, String editorToken, WebSession reviewer, String reviewerToken,
			int n) throws IOException, InterruptedException {
		String title = "关于" + MARK + "第" + n + "批事项的公告";
		WebSession.Page saved = editor.post("/admin/documents/new", Map.of("_csrf", editorToken, "columnCode", "news",
				"title", title, "body", "<p>" + MARK + "正文：第" + n + "批事项已办结。</p>", "formedOn", "2026-11-20",
				"validity", "VALID", "disclosureMethod", "PROACTIVE"));
		Matcher id = Pattern.compile("/admin/documents/(\\d+)").matcher(String.valueOf(saved.location()));
		if (saved.status() != 302 || !id.find()) {
			throw new IllegalStateException("draft not saved: " + saved.status() + "\n" + saved.body());
		}
		long document = Long.parseLong(id.group(1));
		titles.put(document, title);
		editor.post("/admin/documents/" + document + "/review", Map.of("_csrf", editorToken, "action", "SUBMIT"));
		reviewer.post("/admin/documents/" + document + "/review", Map.of("_csrf", reviewerToken, "action", "PUBLISH"));
		String page = reviewer.get("/admin/documents/" + document).body();
		if (!page.contains("id=\"document-status\">已发布<")) {
			throw new IllegalStateException("document " + document + " was not published:\n" + page);
		}
		return Optional.of(document);
	}

	/** Waits until a generation newer than the live one exists without its manifest: a render is under way. */
	private static String awaitGenerationInTheMaking(Path site, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		Path generations = site.resolve("generations");
		while (System.nanoTime() < deadline) {
			String live = live(site);
			try (Stream<Path> all = Files.list(generations)) {
				Optional<String> inTheMaking = all.map(path -> path.getFileName().toString())
					.filter(name -> name.compareTo(live) > 0)
					.filter(name -> !Files.exists(generations.resolve(name).resolve("manifest.properties")))
					.findFirst();
				if (inTheMaking.isPresent()) {
					return inTheMaking.get();
				}
			}
			catch (IOException e) {
				// a generation was pruned while listed
			}
			Thread.sleep(1);
		}
		throw new AssertionError("no generation was being rendered within " + timeout);
	}

	private static String live(Path site) throws IOException {
		return Files.readString(site.resolve("current")).strip();
	}

	/** Every file of the generation is as its manifest records, and the manifest names every file. */
	private static void assertWhole(Path site, String generation) throws IOException {
		Path folder = site.resolve("generations").resolve(generation);
		Properties manifest = new Properties();
		try (var in = new StringReader(Files.readString(folder.resolve("manifest.properties"), StandardCharsets.UTF_8))) {
			manifest.load(in);
		}
		Map<String, String> actual = new TreeMap<>();
		try (Stream<Path> files = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String relative = folder.relativize(file).toString().replace('\\', '/');
				if (!relative.equals("manifest.properties")) {
					actual.put(relative, Sha256.hex(Files.readAllBytes(file)));
				}
			}
		}
		Map<String, String> recorded = new TreeMap<>();
		manifest.stringPropertyNames().forEach(path -> recorded.put(path, manifest.getProperty(path)));
		assertThat(actual).as("generation %s against its manifest", generation).isNotEmpty().isEqualTo(recorded);
	}

	/** Waits until the live generation has the page of every acknowledged document; returns that generation. */
	private String awaitOnSite(Path site, List<Long> acknowledged, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		List<Long> missing = List.of();
		while (System.nanoTime() < deadline) {
			String live = live(site);
			Path generation = site.resolve("generations").resolve(live);
			missing = new ArrayList<>(acknowledged);
			missing.removeIf(id -> {
				Path page = generation.resolve(AGENCY).resolve("documents").resolve(id + ".html");
				try {
					return Files.isRegularFile(page) && Files.readString(page).contains(titles.get(id));
				}
				catch (IOException e) {
					return false;
				}
			});
			if (missing.isEmpty()) {
				return live;
			}
			Thread.sleep(250);
		}
		throw new AssertionError("not on the site after the restart: " + missing);
	}

	private void awaitFoundBySearch(WebSession visitor, List<Long> acknowledged, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		Set<Long> found = new HashSet<>();
		while (System.nanoTime() < deadline) {
			found.clear();
			int pages = 1;
			for (int page = 1; page <= pages; page++) {
				String results = visitor.get("/api/v1/search?q=" + java.net.URLEncoder.encode(MARK, StandardCharsets.UTF_8)
						+ "&page=" + page).body();
				Matcher pageCount = Pattern.compile("\"pages\"\\s*:\\s*(\\d+)").matcher(results);
				pages = pageCount.find() ? Integer.parseInt(pageCount.group(1)) : 1;
				Matcher ids = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(results);
				while (ids.find()) {
					found.add(Long.parseLong(ids.group(1)));
				}
			}
			if (found.containsAll(acknowledged)) {
				return;
			}
			Thread.sleep(250);
		}
		Set<Long> missing = new HashSet<>(acknowledged);
		missing.removeAll(found);
		throw new AssertionError("search does not find " + missing + " after the restart");
	}

	// ---- helpers

	/** Waits for {@code wanted} acknowledgements; a worker that failed before fails the test with its cause. */
	private static void awaitAtLeast(java.util.function.IntSupplier count, int wanted, Duration timeout,
			List<Future<Object>> workers) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (count.getAsInt() < wanted) {
			for (Future<Object> worker : workers) {
				if (worker.isDone()) {
					worker.get();
				}
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("only " + count.getAsInt() + " of " + wanted + " in " + timeout);
			}
			Thread.sleep(20);
		}
	}

	private static String find(String page, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("no " + regex + " in:\n" + page);
		}
		return matcher.group(1).strip();
	}

}
