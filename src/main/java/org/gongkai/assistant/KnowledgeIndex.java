package org.gongkai.assistant;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The assistant's own Lucene index: one document per {@link Chunk}, with its text analysed by smartcn for BM25 and
 * its vector in an HNSW graph, so both searches run on the same passages and filter by the same agency subtree.
 */
final class KnowledgeIndex implements Closeable {

	/** Function words of colloquial questions; they say nothing about which passage answers. */
	/** The field that marks a passage answering for its own agency only, and its value. */
	private static final String SCOPE = "scope";

	private static final String OWN_AGENCY = "own";

	private static final Set<String> QUESTION_WORDS = Set.of("我", "我们", "你", "你们", "的", "了", "吗", "呢", "啊", "吧",
			"呀", "怎么", "怎么样", "怎样", "如何", "什么", "啥", "哪里", "哪儿", "哪", "哪些", "是", "在", "有", "能", "能不能", "可以",
			"可", "要", "想", "去", "得", "一下", "请问", "还", "就", "都", "和", "跟", "给", "这个", "那个", "这", "那", "个",
			"么", "没", "不", "也", "会", "让", "把", "被", "对", "用", "上", "下", "里");

	private final Directory directory;

	private final Analyzer analyzer = new SmartChineseAnalyzer();

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private KnowledgeIndex(Directory directory) {
		this.directory = directory;
		try {
			this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
			this.searchers = new SearcherManager(writer, null);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot open the assistant's index", e);
		}
	}

	static KnowledgeIndex open(Path path) {
		try {
			return new KnowledgeIndex(FSDirectory.open(path));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot open the assistant's index at " + path, e);
		}
	}

	static KnowledgeIndex inMemory() {
		return new KnowledgeIndex(new ByteBuffersDirectory());
	}

	/** A passage found, with the score of the search that found it. */
	record Scored(Chunk chunk, float score) {
	}

	/** Replaces every passage of a source with these (none removes the source). */
	synchronized void replace(String sourceKey, List<Chunk> chunks, List<float[]> vectors) {
		try {
			writer.deleteDocuments(new Term("source", sourceKey));
			for (int i = 0; i < chunks.size(); i++) {
				writer.addDocument(document(chunks.get(i), vectors.get(i)));
			}
			writer.commit();
			searchers.maybeRefreshBlocking();
			version.incrementAndGet();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write the assistant's index", e);
		}
	}

	/** Removes everything (before a rebuild). */
	synchronized void clear() {
		try {
			writer.deleteAll();
			writer.commit();
			searchers.maybeRefreshBlocking();
			version.incrementAndGet();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot clear the assistant's index", e);
		}
	}

	int size() {
		return withSearcher(searcher -> searcher.getIndexReader().numDocs());
	}

	/** BM25 over the passages' text (and, weighted double, their source's title) in the agency subtree. */
	List<Scored> bm25(String agencyPath, String question, int limit) {
		BooleanQuery.Builder terms = new BooleanQuery.Builder();
		List<String> tokens = tokens(question);
		if (tokens.isEmpty()) {
			return List.of();
		}
		for (String token : tokens) {
			terms.add(new TermQuery(new Term("body", token)), Occur.SHOULD);
			terms.add(new BoostQuery(new TermQuery(new Term("title", token)), 2f), Occur.SHOULD);
		}
		Query query = new BooleanQuery.Builder().add(terms.build(), Occur.MUST)
			.add(within(agencyPath), Occur.FILTER)
			.build();
		return search(query, limit);
	}

	/** The nearest passages by cosine similarity in the agency subtree; the score is (1 + cos) / 2. */
	List<Scored> nearest(String agencyPath, float[] vector, int limit) {
		return search(new KnnFloatVectorQuery("vector", vector, limit, within(agencyPath)), limit);
	}

	/** Every passage indexed, for the vocabulary the questions are read with. */
	List<Chunk> all() {
		int size = size();
		return size == 0 ? List.of()
				: search(new org.apache.lucene.search.MatchAllDocsQuery(), size).stream().map(Scored::chunk).toList();
	}

	/** Counts the changes, so that what is derived from the index knows when to derive it again. */
	long version() {
		return version.get();
	}

	private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();

	/** Every passage of a source, in the order it was indexed. */
	List<Chunk> passages(String sourceKey) {
		return search(new TermQuery(new Term("source", sourceKey)), 1000).stream().map(Scored::chunk).toList();
	}

	/** The analysed words of a question, without question words. */
	List<String> tokens(String text) {
		return analysed(text, true);
	}

	/** The analysed words of a text in their order, repeats and question words kept. */
	List<String> words(String text) {
		return analysed(text, false);
	}

	private List<String> analysed(String text, boolean distinctContent) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("body", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				String token = term.toString();
				if (!distinctContent || !QUESTION_WORDS.contains(token) && !tokens.contains(token)) {
					tokens.add(token);
				}
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return tokens;
	}

	/**
	 * The passages of the agency's subtree, less the disclosure guides of the agencies below it ({@link Chunk.Kind#GUIDE}
	 * answers for its own agency only).
	 */
	private static Query within(String agencyPath) {
		Query guidesBelow = new BooleanQuery.Builder().add(new TermQuery(new Term(SCOPE, OWN_AGENCY)), Occur.FILTER)
			.add(new TermQuery(new Term("path", agencyPath)), Occur.MUST_NOT)
			.build();
		return new BooleanQuery.Builder().add(new PrefixQuery(new Term("path", agencyPath)), Occur.FILTER)
			.add(guidesBelow, Occur.MUST_NOT)
			.build();
	}

	private List<Scored> search(Query query, int limit) {
		return withSearcher(searcher -> {
			List<Scored> found = new ArrayList<>();
			for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
				found.add(new Scored(chunk(searcher.storedFields().document(hit.doc)), hit.score));
			}
			return found;
		});
	}

	private interface SearcherWork<T> {

		T apply(IndexSearcher searcher) throws IOException;

	}

	private <T> T withSearcher(SearcherWork<T> work) {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				return work.apply(searcher);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot search the assistant's index", e);
		}
	}

	private static Document document(Chunk chunk, float[] vector) {
		Document doc = new Document();
		doc.add(new StringField("source", chunk.sourceKey(), Field.Store.YES));
		doc.add(new StoredField("kind", chunk.kind().name()));
		doc.add(new StoredField("ref", chunk.ref()));
		doc.add(new StoredField("agency", chunk.agencyCode()));
		doc.add(new StringField("path", chunk.agencyPath(), Field.Store.YES));
		if (chunk.kind() == Chunk.Kind.GUIDE) {
			doc.add(new StringField(SCOPE, OWN_AGENCY, Field.Store.NO));
		}
		doc.add(new TextField("title", chunk.title(), Field.Store.YES));
		doc.add(new StoredField("section", chunk.section().name()));
		doc.add(new StoredField("text", chunk.text()));
		doc.add(new TextField("body", chunk.section().label + " " + chunk.text(), Field.Store.NO));
		doc.add(new StoredField("url", chunk.url()));
		if (chunk.facts() != null) {
			doc.add(new StoredField("facts", chunk.facts()));
		}
		doc.add(new KnnFloatVectorField("vector", vector, VectorSimilarityFunction.COSINE));
		return doc;
	}

	private static Chunk chunk(Document doc) {
		return new Chunk(doc.get("source"), Chunk.Kind.valueOf(doc.get("kind")), doc.get("ref"), doc.get("agency"),
				doc.get("path"), doc.get("title"), Chunk.Section.valueOf(doc.get("section")), doc.get("text"),
				doc.get("url"), doc.get("facts"));
	}

	@Override
	public void close() throws IOException {
		searchers.close();
		writer.close();
		directory.close();
	}

}
