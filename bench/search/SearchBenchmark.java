package org.gongkai.search;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;

/**
 * Indexes N generated documents with the production index (LuceneSearchIndex, bulk path of a rebuild), reports
 * docs/s and index size, then latency percentiles of 200 fixed queries through {@link SearchIndex#search} (page 1,
 * public, with highlighting), and the same queries as PostgreSQL {@code ILIKE '%…%'} over the same rows.
 */
public final class SearchBenchmark {

	static final int BATCH = 1000;

	static final int ROUNDS = 3;

	/** Callers at once in the concurrent round, as bench/portal's wrk connections. */
	static final int CONNECTIONS = 32;

	/** Every caller runs every query once, in its own order; the latency of each call. */
	static long[] concurrently(SearchIndex index, List<String> queries, LocalDate today, Synonyms synonyms, int callers)
			throws Exception {
		long[] times = new long[callers * queries.size()];
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(callers);
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		List<java.util.concurrent.Future<?>> done = new ArrayList<>();
		for (int c = 0; c < callers; c++) {
			int caller = c;
			done.add(pool.submit(() -> {
				List<String> mine = new ArrayList<>(queries);
				java.util.Collections.shuffle(mine, new java.util.Random(caller));
				start.await();
				for (int i = 0; i < mine.size(); i++) {
					long t = System.nanoTime();
					index.search(SearchQuery.of(mine.get(i)), Audience.PUBLIC, today, synonyms);
					times[caller * mine.size() + i] = System.nanoTime() - t;
				}
				return null;
			}));
		}
		start.countDown();
		for (java.util.concurrent.Future<?> f : done) {
			f.get();
		}
		pool.shutdown();
		return times;
	}

	public static void main(String[] args) throws Exception {
		long documents = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
		Path work = Path.of(args.length > 1 ? args[1] : "target/bench-search");
		delete(work);
		Files.createDirectories(work);
		System.out.printf("documents: %,d; cores: %d; max heap: %d MB%n", documents,
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

		LuceneSearchIndex index = new LuceneSearchIndex(work.resolve("index"), Clock.systemUTC());
		long start = System.nanoTime();
		long chars = 0;
		try (SearchIndex.Generation generation = index.newGeneration()) {
			List<IndexEntry> batch = new ArrayList<>(BATCH);
			for (long id = 1; id <= documents; id++) {
				IndexEntry entry = Corpus.entry(id);
				chars += entry.title().length() + entry.body().length();
				batch.add(entry);
				if (batch.size() == BATCH) {
					generation.add(batch);
					batch = new ArrayList<>(BATCH);
				}
				if (id % 100_000 == 0) {
					System.out.printf("  indexed %,d (%.0f s)%n", id, (System.nanoTime() - start) / 1e9);
				}
			}
			generation.add(batch);
			generation.publish();
		}
		double indexSeconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("indexing: %,d documents (%,d characters, %.0f per document) in %.1f s = %,.0f docs/s%n",
				documents, chars, (double) chars / documents, indexSeconds, documents / indexSeconds);

		List<String> queries = Corpus.queries(documents);
		LocalDate today = LocalDate.of(2026, 11, 25);
		// as the portal searches: with the shipped synonyms
		Synonyms synonyms = new Synonyms(Synonyms.shipped());
		for (String query : queries) {
			index.search(SearchQuery.of(query), Audience.PUBLIC, today, synonyms);
		}
		long[] lucene = new long[queries.size() * ROUNDS];
		int numbersFirst = 0;
		int numbers = 0;
		long totalHits = 0;
		for (int round = 0; round < ROUNDS; round++) {
			for (int i = 0; i < queries.size(); i++) {
				long t = System.nanoTime();
				SearchResults results = index.search(SearchQuery.of(queries.get(i)), Audience.PUBLIC, today, synonyms);
				lucene[round * queries.size() + i] = System.nanoTime() - t;
				if (round == 0) {
					totalHits += results.total();
					if (i % 8 == 4 || i % 8 == 5) {
						numbers++;
						String wanted = queries.get(i).replace(" ", "");
						numbersFirst += !results.hits().isEmpty() && results.hits().get(0).documentNumber() != null
								&& results.hits().get(0).documentNumber().replace("〔", "").replace("〕", "").replace("号", "")
									.equals(wanted.replace("〔", "").replace("〕", "").replace("号", "")) ? 1 : 0;
					}
				}
			}
		}
		long[] concurrent = concurrently(index, queries, today, synonyms, CONNECTIONS);
		index.close();
		System.out.printf("index size: %,.0f MB (%s)%n", size(work.resolve("index")) / 1e6, work.resolve("index"));
		System.out.printf("Lucene, %d queries x %d rounds, one at a time: %s; mean hits %,d%n", queries.size(), ROUNDS,
				percentiles(lucene), totalHits / queries.size());
		System.out.printf("document numbers (whole or in parts) ranked first: %d of %d%n", numbersFirst, numbers);
		Integer[] slowest = new Integer[queries.size()];
		Arrays.setAll(slowest, i -> i);
		Arrays.sort(slowest, Comparator.comparingLong((Integer i) -> -lucene[i]));
		for (int k = 0; k < 5; k++) {
			System.out.printf("  slow: %.1f ms  %s%n", lucene[slowest[k]] / 1e6, queries.get(slowest[k]));
		}

		System.out.printf("Lucene, the same queries from %d threads at once (each all %d queries once): %s%n",
				CONNECTIONS, queries.size(), percentiles(concurrent));
		if ("0".equals(System.getenv("BENCH_SEARCH_POSTGRES"))) {
			return;
		}
		long[] postgres = postgres(documents, queries, work);
		System.out.printf("PostgreSQL ILIKE, %d queries once: %s%n", queries.size(), percentiles(postgres));
		System.out.printf("ratio PostgreSQL/Lucene: p50 %.0fx, p95 %.0fx, p99 %.0fx%n",
				ratio(postgres, lucene, 50), ratio(postgres, lucene, 95), ratio(postgres, lucene, 99));
	}

	/** The same rows in an embedded PostgreSQL 17; each query part must appear in the title, body or number. */
	private static long[] postgres(long documents, List<String> queries, Path work) throws Exception {
		try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
			.setDataDirectory(work.resolve("pg"))
			.setCleanDataDirectory(true)
			.setServerConfig("shared_buffers", "2GB")
			.start(); Connection db = pg.getPostgresDatabase().getConnection()) {
			try (Statement s = db.createStatement()) {
				s.execute("create table document (id bigint primary key, title text, body text, document_number text, "
						+ "published_on date)");
			}
			long start = System.nanoTime();
			StringBuilder csv = new StringBuilder();
			for (long id = 1; id <= documents; id++) {
				IndexEntry e = Corpus.entry(id);
				csv.append(id).append(',').append(quote(e.title())).append(',').append(quote(e.body())).append(',')
					.append(e.documentNumber() == null ? "" : quote(e.documentNumber())).append(',')
					.append(e.publishedOn()).append('\n');
				if (id % 10_000 == 0 || id == documents) {
					((PGConnection) db).getCopyAPI()
						.copyIn("copy document from stdin (format csv)", new StringReader(csv.toString()));
					csv.setLength(0);
				}
			}
			try (Statement s = db.createStatement()) {
				s.execute("vacuum analyze document");
				ResultSet size = s.executeQuery("select pg_total_relation_size('document')");
				size.next();
				System.out.printf("PostgreSQL: %,d rows loaded in %.1f s, table %,.0f MB%n", documents,
						(System.nanoTime() - start) / 1e9, size.getLong(1) / 1e6);
				s.executeQuery("select count(*) from document where body ilike '%预热%'").close();
			}
			long[] took = new long[queries.size()];
			for (int i = 0; i < queries.size(); i++) {
				List<String> parts = QueryText.parse(queries.get(i)).parts().stream().map(QueryText.Part::text).toList();
				String where = String.join(" and ", parts.stream()
					.map(p -> "(title ilike ? or body ilike ? or document_number ilike ?)")
					.toList());
				try (PreparedStatement q = db.prepareStatement(
						"select id, title from document where " + where + " order by published_on desc limit 10")) {
					int n = 1;
					for (String part : parts) {
						for (int k = 0; k < 3; k++) {
							q.setString(n++, "%" + part.replace("%", "\\%").replace("_", "\\_") + "%");
						}
					}
					long t = System.nanoTime();
					try (ResultSet rows = q.executeQuery()) {
						while (rows.next()) {
							rows.getString(2);
						}
					}
					took[i] = System.nanoTime() - t;
				}
			}
			return took;
		}
	}

	private static String quote(String text) {
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	private static String percentiles(long[] nanos) {
		return "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms".formatted(percentile(nanos, 50) / 1e6,
				percentile(nanos, 95) / 1e6, percentile(nanos, 99) / 1e6, Arrays.stream(nanos).max().orElse(0) / 1e6);
	}

	private static double ratio(long[] slow, long[] fast, int p) {
		return (double) percentile(slow, p) / percentile(fast, p);
	}

	static long percentile(long[] values, int p) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
	}

	private static long size(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
		}
	}

	private static void delete(Path root) throws IOException {
		if (Files.exists(root)) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(f);
				}
			}
		}
	}

}
