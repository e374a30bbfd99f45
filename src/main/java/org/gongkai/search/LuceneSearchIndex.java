package org.gongkai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;
import org.gongkai.platform.Beijing;
import org.gongkai.platform.DurableFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link SearchIndex} on one node: Lucene in {@code ${gongkai.data-dir}/index}. Like the static site, the index
 * lives in generations ({@code index/generations/<time>}) and the one-line file {@code index/current} names the live
 * one; a rebuild fills a new generation and switches the pointer atomically. An index that cannot be opened (lost,
 * damaged, from an incompatible version) is replaced by a new empty one (the old files are deleted), which
 * {@link SearchIndexing} fills from the database at start-up. Chosen by {@code gongkai.search.engine: lucene} (the
 * default).
 */
class LuceneSearchIndex implements SearchIndex {

	private static final Logger log = LoggerFactory.getLogger(LuceneSearchIndex.class);

	private static final DateTimeFormatter GENERATION = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
		.withZone(Beijing.ZONE);

	private final Path root;

	private final Clock clock;

	private final Analyzer analyzer = LuceneFields.analyzer();

	private final LuceneSearch search = new LuceneSearch(analyzer);

	private volatile LuceneEngine live;

	/**
	 * Searches run at once at most: one per core. A search is pure CPU, so more at once only share the cores: with 32
	 * readers on 2 cores each search took 16 times its own time, and the costly ones far more. Waiting in a fair queue
	 * instead, a search takes its wait plus its own time, which keeps the slowest ones (p99) close to the average.
	 */
	private final java.util.concurrent.Semaphore searching = new java.util.concurrent.Semaphore(
			Math.max(1, Runtime.getRuntime().availableProcessors()), true);

	LuceneSearchIndex(Path root, Clock clock) {
		this.root = root.toAbsolutePath();
		this.clock = clock;
		this.live = openLive();
		dropOtherGenerations();
	}

	/**
	 * Writes hold it shared; closing holds it alone, so that the node stopping waits for a write under way and the
	 * writes after it are skipped (an event's listener may still run while the application shuts down).
	 */
	private final ReentrantReadWriteLock open = new ReentrantReadWriteLock();

	private boolean closed;

	/**
	 * Replaces the documents' entries; once the index is closed (the node is stopping) nothing is written, and the
	 * start-up catch-up ({@link SearchIndexing}) indexes those documents again, since the index does not hold their
	 * versions.
	 */
	@Override
	public void replace(Collection<Long> documentIds, List<IndexEntry> entries) {
		open.readLock().lock();
		try {
			if (closed) {
				log.info("Search index closed, the node is stopping: {} documents are indexed again at the next start",
						documentIds.size());
				return;
			}
			live.replace(documentIds, entries);
		}
		finally {
			open.readLock().unlock();
		}
	}

	@Override
	public SearchResults search(SearchQuery query, Audience audience, LocalDate today, Synonyms synonyms) {
		searching.acquireUninterruptibly();
		try {
			return searchLive(query, audience, today, synonyms);
		}
		finally {
			searching.release();
		}
	}

	private SearchResults searchLive(SearchQuery query, Audience audience, LocalDate today, Synonyms synonyms) {
		LuceneEngine engine = live;
		IndexSearcher searcher;
		try {
			searcher = engine.acquire();
		}
		catch (AlreadyClosedException e) {
			// a rebuild switched generations between reading the field and acquiring
			engine = live;
			searcher = engine.acquire();
		}
		try {
			return search.run(searcher, query, audience, today, synonyms);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			engine.release(searcher);
		}
	}

	@Override
	public IndexedVersions versions() {
		return live.versions();
	}

	@Override
	public long size() {
		return live.size();
	}

	@Override
	public Generation newGeneration() {
		LuceneEngine engine = open(newGenerationDirectory(), OpenMode.CREATE);
		return new Generation() {

			private boolean published;

			@Override
			public void add(List<IndexEntry> entries) {
				engine.add(entries);
			}

			@Override
			public void replace(Collection<Long> documentIds, List<IndexEntry> entries) {
				engine.replace(documentIds, entries);
			}

			@Override
			public IndexedVersions versions() {
				return engine.versions();
			}

			@Override
			public void publish() {
				engine.commit();
				LuceneEngine old = live;
				point(engine.directory);
				live = engine;
				published = true;
				old.close();
				delete(old.directory);
			}

			@Override
			public void close() {
				if (!published) {
					engine.close();
					delete(engine.directory);
				}
			}

		};
	}

	@PreDestroy
	void close() {
		open.writeLock().lock();
		try {
			if (!closed) {
				closed = true;
				live.close();
			}
		}
		finally {
			open.writeLock().unlock();
		}
	}

	private LuceneEngine openLive() {
		Path pointer = root.resolve("current");
		try {
			if (Files.exists(pointer)) {
				Path current = root.resolve("generations").resolve(Files.readString(pointer).strip());
				try {
					return new LuceneEngine(current, analyzer, OpenMode.CREATE_OR_APPEND);
				}
				catch (IOException | RuntimeException e) {
					log.warn("Search index {} cannot be opened ({}); starting an empty one to fill from the database",
							current, e.toString());
				}
			}
			Path fresh = newGenerationDirectory();
			LuceneEngine engine = open(fresh, OpenMode.CREATE);
			point(fresh);
			return engine;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private LuceneEngine open(Path directory, OpenMode mode) {
		try {
			return new LuceneEngine(directory, analyzer, mode);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Path newGenerationDirectory() {
		Path directory = root.resolve("generations").resolve(GENERATION.format(clock.instant()));
		for (int n = 1; Files.exists(directory); n++) {
			directory = root.resolve("generations").resolve(GENERATION.format(clock.instant()) + "-" + n);
		}
		try {
			return Files.createDirectories(directory);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void point(Path generation) {
		try {
			DurableFiles.writeString(root.resolve("current"), generation.getFileName().toString());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Generations a crash left half-built, or a set-aside damaged one. */
	private void dropOtherGenerations() {
		try (Stream<Path> generations = Files.list(root.resolve("generations"))) {
			generations.filter(generation -> !generation.getFileName().equals(live.directory.getFileName()))
				.forEach(LuceneSearchIndex::delete);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void delete(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException e) {
			log.warn("Could not delete old search index {} ({}); it goes at the next start", directory, e.toString());
		}
	}

}
