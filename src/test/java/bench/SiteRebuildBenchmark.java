package bench;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.gongkai.GongkaiApplication;
import org.gongkai.identity.AgencyAdministration;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.AgencyLevel;
import org.gongkai.identity.NewAgency;
import org.gongkai.publishing.Catalog;
import org.gongkai.publishing.CatalogColumn;
import org.gongkai.publishing.DocumentDesk;
import org.gongkai.publishing.Draft;
import org.gongkai.publishing.Site;
import org.gongkai.publishing.Validity;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * bench/site: a full rebuild of the static site with N published documents (default 100,000) over 50 agencies, on
 * the embedded PostgreSQL in a fresh data directory, then the latency of publishing one more document (an
 * incremental generation). Prints pages per second. Run it with {@code bench/site/run.sh [documents]}.
 */
public final class SiteRebuildBenchmark {

	private static final int AGENCIES = 50;

	private static final List<String> COLUMNS = List.of("news", "other-documents", "plans", "budgets", "procurement",
			"concerns", "enforcement", "personnel");

	public static void main(String[] args) throws Exception {
		int documents = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		Path dataDir = Files.createTempDirectory("gongkai-bench-site");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GongkaiApplication.class)
			.run("--gongkai.data-dir=" + dataDir, "--gongkai.demo=false", "--gongkai.admin-password=Bench-Site-2026",
					"--server.port=0", "--logging.level.root=WARN", "--logging.level.org.gongkai=WARN")) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			AgencyAdministration administration = context.getBean(AgencyAdministration.class);
			AgencyDirectory directory = context.getBean(AgencyDirectory.class);
			Catalog catalog = context.getBean(Catalog.class);
			Site site = context.getBean(Site.class);
			String root = directory.all().get(0).code();

			long seeding = System.nanoTime();
			for (int a = 1; a <= AGENCIES; a++) {
				AgencyInfo agency = administration.ensureChild(root,
						new NewAgency("bench-" + a, "示例市第" + a + "局", root, null, AgencyLevel.BUREAU));
				catalog.ensureFor(agency.id());
				insertDocuments(jdbc, agency, catalog.of(agency.id()), documents / AGENCIES + (a <= documents % AGENCIES ? 1 : 0));
			}
			System.out.printf("seeded %,d published documents over %d agencies in %.1f s%n", documents, AGENCIES,
					seconds(seeding));

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

	/** Documents with varied titles and ~1.5 KB bodies, as they would be after review (one published version each). */
	private static void insertDocuments(JdbcClient jdbc, AgencyInfo agency, List<CatalogColumn> catalog, int count) {
		Long[] columns = catalog.stream().filter(c -> COLUMNS.contains(c.code())).map(CatalogColumn::id).toArray(Long[]::new);
		jdbc.sql("""
				insert into document (agency_id, column_id, status, title, body_html, publisher, formed_on, validity,
				                      index_number, author, reviewer, published_at, revision, created_at)
				select :agency, (:columns::bigint[])[1 + g % :columnCount], 'PUBLISHED',
				       :name || (array['关于','印发','转发','做好','开展','加强','推进','规范'])[1 + g % 8]
				             || (array['2024年','2025年','2026年','第一季度','第二季度','第三季度','第四季度'])[1 + g % 7]
				             || (array['政务公开','安全生产','优化营商环境','民生实事','预算执行','招生入学','就业创业','食品安全','城市更新','乡村振兴','应急管理','信访工作'])[1 + (g / 8) % 12]
				             || (array['工作的通知','实施方案','情况通报','工作要点','检查结果公告','意见','办法','工作总结'])[1 + (g / 96) % 8]
				             || '（' || g || '）',
				       repeat('<p>为深入贯彻落实《中华人民共和国政府信息公开条例》，进一步做好' ||
				              (array['政务公开','安全生产','优化营商环境','民生实事','预算执行','招生入学'])[1 + g % 6] ||
				              '工作，现将有关事项通知如下。各单位要提高认识，加强组织领导，明确责任分工，确保各项任务按期完成。</p>', 6),
				       :name, date '2020-01-01' + (g % 2500), 'VALID', :prefix || '/' || g, 'bench', 'bench',
				       timestamptz '2020-01-01 10:00+08' + (g % 2500) * interval '1 day' + g * interval '1 second', 1, now()
				from generate_series(1, :count) g""")
			.param("agency", agency.id().value())
			.param("columns", columns)
			.param("columnCount", columns.length)
			.param("name", agency.name())
			.param("prefix", agency.code())
			.param("count", count)
			.update();
		jdbc.sql("""
				insert into document_revision (document_id, revision, column_id, title, body_html, validity, reviewer,
				                               published_at)
				select id, 1, column_id, title, body_html, validity, reviewer, published_at
				from document where agency_id = :agency and author = 'bench'""")
			.param("agency", agency.id().value())
			.update();
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
