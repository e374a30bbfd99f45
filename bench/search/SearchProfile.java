package org.gongkai.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;

/**
 * Where a search's time goes, query by query: the whole search (as SearchIndex.search runs it, with highlighting),
 * the complete query alone, and the partial-match query when it runs (fewer than a page of complete matches). Builds
 * an index of N generated documents in the given directory once and reuses it. Run after bench/search/run.sh has
 * compiled (target/bench-classes, target/bench-classpath.txt):
 * {@code java -cp "target/bench-classes:target/classes:$(cat target/bench-classpath.txt)"
 * org.gongkai.search.SearchProfile 200000 target/bench-profile 3}.
 */
public final class SearchProfile {

	public static void main(String[] args) throws Exception {
		long documents = Long.parseLong(args[0]);
		Path work = Path.of(args[1]);
		if (!Files.exists(work.resolve("index/current"))) {
			Files.createDirectories(work);
			LuceneSearchIndex index = new LuceneSearchIndex(work.resolve("index"), Clock.systemUTC());
			try (SearchIndex.Generation generation = index.newGeneration()) {
				List<IndexEntry> batch = new ArrayList<>();
				for (long id = 1; id <= documents; id++) {
					batch.add(Corpus.entry(id));
					if (batch.size() == 1000) { generation.add(batch); batch = new ArrayList<>(); }
				}
				generation.add(batch);
				generation.publish();
			}
			System.out.println("indexed");
		}
		String current = Files.readString(work.resolve("index/current")).strip();
		Path dir = work.resolve("index/generations").resolve(current);
		if (!Files.exists(dir)) dir = work.resolve("index").resolve(current);
		IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(FSDirectory.open(dir)));
		LuceneQueries queries = new LuceneQueries(LuceneFields.analyzer());
		LuceneSearch search = new LuceneSearch(LuceneFields.analyzer());
		Synonyms synonyms = new Synonyms(Synonyms.shipped());
		LocalDate today = LocalDate.of(2026, 11, 25);
		List<String> qs = Corpus.queries(documents);
		int rounds = Integer.parseInt(args.length > 2 ? args[2] : "3");
		for (String q : qs) search.run(searcher, SearchQuery.of(q), Audience.PUBLIC, today, synonyms);
		long[] full = new long[qs.size()], main = new long[qs.size()], loose = new long[qs.size()], mainCount = new long[qs.size()];
		int looseRuns = 0, zero = 0;
		for (int round = 0; round < rounds; round++) {
			for (int i = 0; i < qs.size(); i++) {
				SearchQuery s = SearchQuery.of(qs.get(i));
				long t0 = System.nanoTime();
				SearchResults r = search.run(searcher, s, Audience.PUBLIC, today, synonyms);
				long t1 = System.nanoTime();
				Query q = queries.query(s, Audience.PUBLIC, today, synonyms);
				TopDocs top = searcher.search(q, new TopScoreDocCollectorManager(10, null, SearchResults.COUNT_LIMIT));
				long t2 = System.nanoTime();
				full[i] += t1 - t0; main[i] += t2 - t1;
				if (top.totalHits.value < 10) {
					Query l = queries.loose(s, Audience.PUBLIC, today, synonyms);
					if (l != null) {
						searcher.search(l, new TopScoreDocCollectorManager(10 + top.scoreDocs.length, null, SearchResults.COUNT_LIMIT));
						loose[i] += System.nanoTime() - t2;
						if (round == 0) looseRuns++;
					}
				}
				if (round == 0) { mainCount[i] = top.totalHits.value; if (top.totalHits.value == 0) zero++; }
			}
		}
		long sumFull = 0, sumMain = 0, sumLoose = 0;
		for (int i = 0; i < qs.size(); i++) { sumFull += full[i]; sumMain += main[i]; sumLoose += loose[i]; }
		System.out.printf("queries %d rounds %d: full mean %.1f ms, main query %.1f ms, loose %.1f ms (ran for %d), zero-hit %d%n",
				qs.size(), rounds, sumFull / 1e6 / qs.size() / rounds, sumMain / 1e6 / qs.size() / rounds, sumLoose / 1e6 / qs.size() / rounds, looseRuns, zero);
		Integer[] order = new Integer[qs.size()];
		for (int i = 0; i < order.length; i++) order[i] = i;
		Arrays.sort(order, (a, b) -> Long.compare(full[b], full[a]));
		for (int k = 0; k < 25; k++) {
			int i = order[k];
			System.out.printf("  %6.1f full %6.1f main %6.1f loose  hits %6d  %s%n", full[i] / 1e6 / rounds, main[i] / 1e6 / rounds, loose[i] / 1e6 / rounds, mainCount[i], qs.get(i));
		}
	}

}
