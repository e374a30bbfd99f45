package org.gongkai.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * One Lucene index in one directory: a writer that commits every change before it returns (so that a crash loses
 * nothing acknowledged), and near-real-time searchers refreshed after each change. A search pays for every segment
 * it reads (each of its terms is looked up and its scorers are set up once per segment), so segments are merged early
 * ({@link #MERGE_FACTOR}, {@link #SMALL_SEGMENT_MB}), also when an index is opened with more than that allows (the
 * start-up catch-up commits every 500 documents). Only neighbouring segments are merged: documents keep their order,
 * which decides among equally relevant hits, so a merge does not reorder them.
 */
final class LuceneEngine implements Closeable {

	/** Chunks that one bulk call analyses in parallel, one thread each. */
	private static final int PARALLEL_CHUNKS = Math.max(1, Runtime.getRuntime().availableProcessors());

	/**
	 * Segments of about the same size merged into one: three. Lucene's default policy (tiered, ten a tier) kept nine
	 * segments of 500 documents beside three large ones in a 100,000-document index, and every search paid a fifth of
	 * its time for them.
	 */
	static final int MERGE_FACTOR = 3;

	/** Segments smaller than this count as one size, so that they are merged together however small. */
	static final double SMALL_SEGMENT_MB = 16;

	final Path directory;

	private final FSDirectory store;

	private final IndexWriter writer;

	final SearcherManager searchers;

	LuceneEngine(Path directory, Analyzer analyzer, IndexWriterConfig.OpenMode mode) throws IOException {
		this.directory = directory;
		this.store = FSDirectory.open(directory);
		LogByteSizeMergePolicy merges = new LogByteSizeMergePolicy();
		merges.setMergeFactor(MERGE_FACTOR);
		merges.setMinMergeMB(SMALL_SEGMENT_MB);
		IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(mode)
			.setRAMBufferSizeMB(64)
			.setMergePolicy(merges);
		this.writer = new IndexWriter(store, config);
		if (mode == IndexWriterConfig.OpenMode.CREATE) {
			writer.commit();
		}
		else {
			mergeSmallSegments();
		}
		this.searchers = new SearcherManager(writer, null);
	}

	/** Merges what the merge policy asks for now, waits for it and commits it (nothing when there is none). */
	private void mergeSmallSegments() throws IOException {
		writer.maybeMerge();
		((ConcurrentMergeScheduler) writer.getConfig().getMergeScheduler()).sync();
		if (writer.hasUncommittedChanges()) {
			writer.commit();
		}
	}

	/**
	 * Adds entries of documents not in the index yet, analysed on every core; they become durable with the next
	 * {@link #commit()} (a rebuild commits once, at the end).
	 */
	void add(List<IndexEntry> entries) {
		int chunk = Math.max(1, (entries.size() + PARALLEL_CHUNKS - 1) / PARALLEL_CHUNKS);
		List<List<IndexEntry>> chunks = new ArrayList<>();
		for (int from = 0; from < entries.size(); from += chunk) {
			chunks.add(entries.subList(from, Math.min(entries.size(), from + chunk)));
		}
		chunks.parallelStream()
			.forEach(part -> io(() -> writer.addDocuments(part.stream().map(LuceneFields::document).toList())));
	}

	/** Replaces all entries of each document atomically (readers see the old entries or the new, never neither). */
	void replace(Collection<Long> documentIds, List<IndexEntry> entries) {
		Map<Long, List<IndexEntry>> byDocument = entries.stream()
			.collect(Collectors.groupingBy(IndexEntry::documentId));
		for (long id : documentIds) {
			Term term = new Term(LuceneFields.DOCUMENT, Long.toString(id));
			List<IndexEntry> own = byDocument.getOrDefault(id, List.of());
			io(() -> {
				if (own.isEmpty()) {
					writer.deleteDocuments(term);
				}
				else {
					writer.updateDocuments(term, own.stream().map(LuceneFields::document).toList());
				}
			});
		}
		commit();
	}

	IndexedVersions versions() {
		io(searchers::maybeRefreshBlocking);
		IndexSearcher searcher = acquire();
		try {
			int total = searcher.getIndexReader().numDocs();
			long[] ids = new long[total];
			int[] versions = new int[total];
			int n = 0;
			for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
				LeafReader reader = leaf.reader();
				NumericDocValues documentIds = reader.getNumericDocValues(LuceneFields.DOCUMENT_VALUE);
				NumericDocValues documentVersions = reader.getNumericDocValues(LuceneFields.VERSION);
				Bits live = reader.getLiveDocs();
				for (int doc = 0; doc < reader.maxDoc() && documentIds != null; doc++) {
					if ((live == null || live.get(doc)) && documentIds.advanceExact(doc)
							&& documentVersions.advanceExact(doc)) {
						ids[n] = documentIds.longValue();
						versions[n++] = (int) documentVersions.longValue();
					}
				}
			}
			return new IndexedVersions(java.util.Arrays.copyOf(ids, n), java.util.Arrays.copyOf(versions, n));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			release(searcher);
		}
	}

	long size() {
		IndexSearcher searcher = acquire();
		try {
			return searcher.getIndexReader().numDocs();
		}
		finally {
			release(searcher);
		}
	}

	IndexSearcher acquire() {
		try {
			return searchers.acquire();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	void release(IndexSearcher searcher) {
		io(() -> searchers.release(searcher));
	}

	/** Makes every change durable and visible to new searches. */
	void commit() {
		io(() -> {
			writer.commit();
			searchers.maybeRefreshBlocking();
		});
	}

	@Override
	public void close() {
		io(() -> {
			searchers.close();
			writer.close();
			store.close();
		});
	}

	private static void io(IoAction action) {
		try {
			action.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@FunctionalInterface
	private interface IoAction {

		void run() throws IOException;

	}

}
