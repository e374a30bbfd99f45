package org.gongkai.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An index left with many small segments (as the start-up catch-up leaves it, one commit per 500 documents) is merged
 * when it is opened, and searches find the same: the same hits in the same order, the same totals, titles and
 * snippets.
 */
class LuceneSegmentsTests {

	private static final LocalDate TODAY = SearchIndexContract.TODAY;

	private static final String[] TOPICS = { "安全生产", "政务公开", "财政预算", "城乡规划", "环境保护", "教育" };

	@TempDir
	Path data;

	@Test
	void anIndexOfManySmallSegmentsIsMergedWhenOpenedAndSearchesFindTheSame() throws Exception {
		Path generation = Files.createDirectories(data.resolve("generations").resolve("20261125-000000-000"));
		Files.writeString(data.resolve("current"), generation.getFileName().toString());
		int commits = 24;
		try (FSDirectory store = FSDirectory.open(generation); IndexWriter writer = new IndexWriter(store,
				new IndexWriterConfig(LuceneFields.analyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
			long id = 1;
			for (int commit = 0; commit < commits; commit++) {
				for (int i = 0; i < 10; i++, id++) {
					writer.addDocument(LuceneFields.document(entry(id)));
				}
				writer.commit();
			}
		}
		List<SearchQuery> queries = queries();
		List<SearchResults> before = new ArrayList<>();
		try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(generation))) {
			assertThat(reader.leaves()).hasSize(commits);
			IndexSearcher searcher = new IndexSearcher(reader);
			LuceneSearch search = new LuceneSearch(LuceneFields.analyzer());
			for (SearchQuery query : queries) {
				before.add(search.run(searcher, query, Audience.PUBLIC, TODAY, Synonyms.NONE));
			}
		}

		LuceneSearchIndex index = new LuceneSearchIndex(data, SearchIndexContract.CLOCK);
		try {
			for (int i = 0; i < queries.size(); i++) {
				assertThat(index.search(queries.get(i), Audience.PUBLIC, TODAY)).as(queries.get(i).toString())
					.isEqualTo(before.get(i));
			}
		}
		finally {
			index.close();
		}
		try (DirectoryReader merged = DirectoryReader.open(FSDirectory.open(generation))) {
			assertThat(merged.leaves()).as("merged and committed").hasSizeLessThan(commits);
			assertThat(merged.numDocs()).isEqualTo(commits * 10);
		}
		assertThat(before).as("the queries find something, or suggest what would")
			.allSatisfy(results -> assertThat(results.total() > 0 || "安全生产".equals(results.suggestion())).isTrue());
		assertThat(before).as("some end in documents that match most words only")
			.anySatisfy(results -> assertThat(results.partial()).isTrue());
	}

	/** Titles and bodies on a few topics, in several agencies and on several days, so that ranking has ties. */
	private static IndexEntry entry(long id) {
		String topic = TOPICS[(int) (id % TOPICS.length)];
		String other = TOPICS[(int) (id / 7 % TOPICS.length)];
		return Entries.live(id)
			.agency("bench-" + id % 5, "demo-district")
			.title("示例市第" + id % 5 + "局关于" + topic + "工作的实施方案（" + id % 13 + "）")
			.body("为进一步做好" + topic + "工作，现将有关事项通知如下。各单位要加强" + other + "，确保各项任务按期完成。")
			.on(TODAY.minusDays(id % 40 * 17))
			.entry();
	}

	private static List<SearchQuery> queries() {
		List<SearchQuery> queries = new ArrayList<>();
		for (String text : List.of("安全生产 实施方案", "政务公开", "财政预算 城乡规划", "实施方案", "第3局 教育", "安全生严",
				"安全生产 环境保护 实施方案 财政")) {
			queries.add(SearchQuery.of(text));
			queries.add(new SearchQuery(text, null, null, null, null, null, SearchQuery.Order.DATE, 1));
			queries.add(SearchQuery.of(text).onPage(2));
		}
		queries.add(new SearchQuery("实施方案", "bench-2", null, null, null, null, SearchQuery.Order.RELEVANCE, 1));
		return queries;
	}

}
