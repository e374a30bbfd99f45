package bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.gongkai.GongkaiApplication;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.ApiTokens;
import org.gongkai.identity.NewStaffAccount;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffAccounts;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.publishing.DocumentDesk;
import org.gongkai.publishing.Draft;
import org.gongkai.site.Site;
import org.gongkai.site.SiteExport;
import org.gongkai.publishing.Validity;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The server side of bench/portal: {@code PortalBenchmark DATA_DIR PORT DOCUMENTS INFO_FILE EXPORT_DIR [--key=value…]}.
 * Seeds {@link PublishedCorpus} and renders the whole site in DATA_DIR once (kept for later runs with the same number
 * of documents), then starts Gongkai on PORT on that data directory — as an operator would restart it — so that the
 * search index catches up with the 100,000 documents at start-up. It exports the live generation to EXPORT_DIR with
 * {@code export-site} (the files nginx serves), issues an API token to an officer of {@code bench-1} for the intake
 * endpoint, writes what the load
 * script needs to INFO_FILE as shell variables and serves until it is terminated.
 */
public final class PortalBenchmark {

	private static final String PASSWORD = "Bench-Portal-2026";

	public static void main(String[] args) throws Exception {
		Path dataDir = Path.of(args[0]).toAbsolutePath();
		int port = Integer.parseInt(args[1]);
		int documents = Integer.parseInt(args[2]);
		Path info = Path.of(args[3]);
		Path export = Path.of(args[4]).toAbsolutePath();
		List<String> extra = Arrays.asList(args).subList(5, args.length);
		Path marker = dataDir.resolve("bench-corpus.txt");
		String corpus = "documents=" + documents + ", one published through the desk";
		if (!Files.exists(marker) || !Files.readString(marker).equals(corpus)) {
			seed(dataDir, documents);
			Files.writeString(marker, corpus);
		}
		List<String> arguments = new ArrayList<>(List.of("--gongkai.data-dir=" + dataDir, "--gongkai.demo=false",
				"--gongkai.admin-password=" + PASSWORD, "--server.port=" + port, "--logging.level.root=WARN",
				"--logging.level.org.gongkai=WARN", "--gongkai.site.integrity-check-delay=PT24H"));
		arguments.addAll(extra);
		long start = System.nanoTime();
		ConfigurableApplicationContext context = new SpringApplicationBuilder(GongkaiApplication.class)
			.run(arguments.toArray(String[]::new));
		System.out.printf("Gongkai started on port %d in %.1f s (search index caught up at start-up)%n", port,
				(System.nanoTime() - start) / 1e9);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		Site site = context.getBean(Site.class);
		long documentId = jdbc.sql("""
				select d.id from document d join agency a on a.id = d.agency_id
				where a.code = 'bench-1' and d.status = 'PUBLISHED' order by d.id limit 1 offset 1234""")
			.query(Long.class)
			.single();
		String documentPage = "bench-1/documents/" + documentId + ".html";
		String columnPage = "bench-1/news/index.html";
		for (String page : List.of(documentPage, columnPage)) {
			site.file(page).orElseThrow(() -> new IllegalStateException("no page " + page));
		}
		ByteArrayOutputStream exportLog = new ByteArrayOutputStream();
		int exported = SiteExport.run(new String[] { "export-site", "--to", export.toString(),
				"--gongkai.data-dir=" + dataDir }, new PrintStream(exportLog, true, StandardCharsets.UTF_8));
		if (exported != 0) {
			throw new IllegalStateException("export-site failed: " + exportLog.toString(StandardCharsets.UTF_8));
		}
		StaffAccounts accounts = context.getBean(StaffAccounts.class);
		if (!accounts.exists("bench-officer")) {
			accounts.ensure(new NewStaffAccount("bench-officer", "压测信息公开专员", PASSWORD, "bench-1",
					Set.of(Role.OFFICER)));
		}
		StaffPrincipal officer = (StaffPrincipal) context.getBean(UserDetailsService.class)
			.loadUserByUsername("bench-officer");
		String token = context.getBean(ApiTokens.class).issue(officer.staff(), "bench-portal").secret();
		String synchronousCommit = jdbc.sql("show synchronous_commit").query(String.class).single();
		String fsync = jdbc.sql("show fsync").query(String.class).single();
		long published = jdbc.sql("select count(*) from document where status = 'PUBLISHED'").query(Long.class).single();
		Files.writeString(info, String.join("\n", "DOCUMENT_PAGE=/site/" + documentPage,
				"COLUMN_PAGE=/site/" + columnPage, "EXPORT_ROOT=" + export.resolve("current"), "TOKEN=" + token,
				"AGENCY=bench-1", "SYNCHRONOUS_COMMIT=" + synchronousCommit, "FSYNC=" + fsync,
				"PUBLISHED=" + published, "") , StandardCharsets.UTF_8);
		System.out.printf("ready: %,d published documents; synchronous_commit=%s, fsync=%s%n", published,
				synchronousCommit, fsync);
		Thread.currentThread().join();
	}

	/** Seeds the corpus in a fresh data directory and renders every page (a full rebuild). */
	private static void seed(Path dataDir, int documents) throws Exception {
		if (Files.exists(dataDir)) {
			try (var files = Files.walk(dataDir)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
			}
		}
		long start = System.nanoTime();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GongkaiApplication.class)
			.run("--gongkai.data-dir=" + dataDir, "--gongkai.demo=false", "--gongkai.admin-password=" + PASSWORD,
					"--server.port=0", "--logging.level.root=WARN", "--logging.level.org.gongkai=WARN")) {
			PublishedCorpus.seed(context, documents);
			int files = context.getBean(Site.class).renderAll();
			System.out.printf("seeded %,d published documents and rendered %,d files in %.1f s%n", documents, files,
					(System.nanoTime() - start) / 1e9);
			publishOneThroughTheDesk(context);
		}
	}

	/**
	 * Publishes one more document the ordinary way and waits until the assistant has indexed it. The corpus is
	 * inserted with SQL, without events; the assistant builds its index from all documents only when the index is
	 * empty (a first start), which for 100,000 documents would embed for an hour, so the benchmark starts with an
	 * index that, as on a running platform, holds what was published through the desk.
	 */
	private static void publishOneThroughTheDesk(ConfigurableApplicationContext context) throws Exception {
		AgencyInfo agency = context.getBean(AgencyDirectory.class).findByCode("bench-1").orElseThrow();
		LocalDate today = LocalDate.of(2026, 11, 20);
		context.getBean(DocumentDesk.class)
			.importPublished(agency.id(), new Draft("news", "示例市第1局召开政务公开工作推进会", "会议部署了下一阶段工作。", null,
					null, null, null, null, null, today, Validity.VALID), today);
		Class<?> type = Class.forName("org.gongkai.assistant.KnowledgeIndex");
		Object index = context.getBean(type);
		Method size = type.getDeclaredMethod("size");
		size.setAccessible(true);
		long deadline = System.nanoTime() + 120_000_000_000L;
		while ((int) size.invoke(index) == 0) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("the assistant did not index the published document");
			}
			Thread.sleep(100);
		}
	}

	private PortalBenchmark() {
	}

}
