package org.gongkai.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilding the index from the database (after an upgrade that changes how text is analysed, or when an operator
 * doubts it), in the background and beside the live index, so that search keeps answering throughout; the admin
 * page shows how far it got.
 */
@Service
public class IndexRebuild {

	private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);

	private final SearchIndex index;

	private final SearchIndexing indexing;

	private final ApplicationEventPublisher events;

	private final RebuildProgress progress;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "search-rebuild"));

	IndexRebuild(SearchIndex index, SearchIndexing indexing, ApplicationEventPublisher events, Clock clock) {
		this.index = index;
		this.indexing = indexing;
		this.events = events;
		this.progress = new RebuildProgress(clock);
	}

	/** Where a rebuild stands. */
	public enum State {

		/** None since the application started. */
		IDLE,
		/** Filling a new generation; the old one answers searches. */
		RUNNING,
		/** The new generation is live. */
		DONE,
		/** Stopped by an error; the old generation stayed live. */
		FAILED

	}

	/** A rebuild's progress: {@code done} of {@code total} documents. */
	public record Status(State state, String actor, long total, long done, Instant startedAt, Instant finishedAt,
			String failure) {

		/** Whole percent done. */
		public int percent() {
			return total == 0 ? (state == State.DONE ? 100 : 0) : (int) Math.min(100, done * 100 / total);
		}

		public Duration elapsed(Instant now) {
			return startedAt == null ? Duration.ZERO : Duration.between(startedAt, finishedAt != null ? finishedAt : now);
		}

	}

	/** Whether the staff member may start a rebuild: an administrator of the root agency. */
	public static boolean mayStart(Staff staff) {
		return staff.isPlatformAdministrator();
	}

	/**
	 * Starts a rebuild in the background, for an administrator of the root agency (the index serves every agency);
	 * refused while one runs.
	 */
	@Transactional
	public void start(Staff staff) {
		if (!mayStart(staff)) {
			throw DomainException.notPermitted("search.rebuild.rootAdminOnly");
		}
		if (!progress.claim(staff.username())) {
			throw DomainException.conflict("rebuild", "search.rebuild.running");
		}
		events.publishEvent(new IndexRebuildStarted(staff.username(), index.size()));
		worker.execute(this::run);
	}

	public Status status() {
		return progress.status();
	}

	/** How many entries the live index holds. */
	public long entries() {
		return index.size();
	}

	private void run() {
		try (SearchIndex.Generation generation = index.newGeneration()) {
			indexing.rebuildInto(generation, progress);
			progress.finished(null);
			log.info("Search index rebuilt: {} documents", progress.status().done());
		}
		catch (RuntimeException e) {
			log.error("Search index rebuild failed; the previous index stays live", e);
			progress.finished(e.getClass().getSimpleName() + ": " + e.getMessage());
		}
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}

}
