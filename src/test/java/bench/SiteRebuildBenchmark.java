package bench;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.gongkai.GongkaiApplication;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.publishing.DocumentDesk;
import org.gongkai.publishing.Draft;
import org.gongkai.site.Site;
import org.gongkai.publishing.Validity;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * bench/site: a full rebuild of the static site with N published documents (default 100,000) over 50 agencies, on
 * the embedded PostgreSQL in a fresh data directory, then the latency of publishing one more document (an
 * incremental generation). Prints pages per second. The corpus is {@link PublishedCorpus}. Run it with
 * {@code bench/site/run.sh [documents]}.
 */
public final class SiteRebuildBenchmark {

	public static void main(String[] args) throws Exception {
		int documents = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		Path dataDir = Files.createTempDirectory("gongkai-bench-site");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GongkaiApplication.class)
			.run("--gongkai.data-dir=" + dataDir, "--gongkai.demo=false", "--gongkai.admin-password=Bench-Site-2026",
					"--server.port=0", "--logging.level.root=WARN", "--logging.level.org.gongkai=WARN")) {
			AgencyDirectory directory = context.getBean(AgencyDirectory.class);
			Site site = context.getBean(Site.class);

			long seeding = System.nanoTime();
			PublishedCorpus.seed(context, documents);
			System.out.printf("seeded %,d published documents over %d agencies in %.1f s%n", documents,
					PublishedCorpus.AGENCIES, seconds(seeding));

			long rebuild = System.nanoTime();
			int files = site.renderAll();
			double rebuildSeconds = seconds(rebuild);
			Path live = site.liveGeneration().orElseThrow();
			long pages = count(live, ".html");
			System.out.printf("full rebuild: %,d files (%,d HTML pages) in %.1f s = %,.0f pages/s, %,.0f files/s; generation %s MB%n",
					files, pages, rebuildSeconds, pages / rebuildSeconds, files / rebuildSeconds, megabytes(live));

			DocumentDesk desk = context.getBean(DocumentDesk.class);
			AgencyInfo first = directory.findByCode("bench-1").orElseThrow();
			long incremental = System.nanoTime();
			long id = desk.importPublished(first.id(), new Draft("news", "示例市第1局召开政务公开工作推进会", "会议部署了下一阶段工作。",
					null, null, null, null, null, null, LocalDate.of(2026, 11, 20), Validity.VALID), LocalDate.of(2026, 11, 20));
			String page = "bench-1/documents/" + id + ".html";
			while (site.file(page).isEmpty()) {
				Thread.sleep(5);
			}
			System.out.printf("publish one document (commit → its page, its column, the home page live): %d ms%n",
					Duration.ofNanos(System.nanoTime() - incremental).toMillis());
		}
		finally {
			deleteQuietly(dataDir);
		}
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	private static long count(Path folder, String suffix) throws IOException {
		try (Stream<Path> files = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
			return files.filter(file -> file.toString().endsWith(suffix)).count();
		}
	}

	private static long megabytes(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
			return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum() / (1024 * 1024);
		}
	}

	private static void deleteQuietly(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
	}

	private SiteRebuildBenchmark() {
	}

}
