package org.gongkai.search;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.gongkai.publishing.DocumentChanged;
import org.gongkai.publishing.DocumentPublished;
import org.gongkai.publishing.DocumentWithdrawn;
import org.gongkai.publishing.GuideUpdated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Keeps the {@link SearchIndex} equal to the database. Publications and withdrawals are indexed when publishing's
 * events arrive (they are stored with the change and replayed after a crash, so none is lost); drafts and versions
 * in review on publishing's DocumentChanged event, with a once-a-minute comparison of row versions as a safety net;
 * and at start-up every document whose version the index does not hold is indexed again, which repairs whatever a
 * crash interrupted. All writes go through one lock, so that a rebuild's final catch-up sees no change half-applied.
 */
@Service
class SearchIndexing implements ApplicationRunner {

	/** Documents read and written at once. */
	static final int BATCH = 500;

	private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);

	private final SearchIndex index;

	private final IndexSource source;

	private final ReentrantLock writing = new ReentrantLock();

	/** {@code gongkai_search_indexing_seconds}: one write of a batch of documents into the index, by occasion. */
	private final Timer onEvent;

	private final Timer onCatchUp;

	private final Timer onRebuild;

	SearchIndexing(SearchIndex index, IndexSource source, MeterRegistry meters) {
		this.index = index;
		this.source = source;
		this.onEvent = indexingTimer(meters, "event");
		this.onCatchUp = indexingTimer(meters, "catch-up");
		this.onRebuild = indexingTimer(meters, "rebuild");
	}

	private static Timer indexingTimer(MeterRegistry meters, String occasion) {
		return Timer.builder("gongkai.search.indexing")
			.description("Indexing one batch of documents")
			.tag("occasion", occasion)
			.register(meters);
	}

	@ApplicationModuleListener
	void on(DocumentPublished event) {
		refresh(List.of(event.documentId()));
	}

	@ApplicationModuleListener
	void on(DocumentWithdrawn event) {
		refresh(List.of(event.documentId()));
	}

	/** An agency's disclosure guide saved: its entry follows. */
	@ApplicationModuleListener
	void on(GuideUpdated event) {
		source.guideOf(event.agencyCode()).ifPresent(id -> refresh(List.of(id)));
	}

	/** Another module's public entries changed (the assistant's 办事指南): their entries follow. */
	@ApplicationModuleListener
	void on(SearchContributionChanged event) {
		List<Long> ids = source.contributedOf(event.kind(), event.keys());
		if (!ids.isEmpty()) {
			refresh(ids);
		}
	}

	/** A draft written, edited, submitted, sent back or scheduled: staff find its working copy at once. */
	@ApplicationModuleListener
	void on(DocumentChanged event) {
		refresh(List.of(event.documentId()));
	}

	/** Indexes these documents as the database holds them now. */
	void refresh(List<Long> documentIds) {
		writing.lock();
		try {
			onEvent.record(() -> index.replace(documentIds, source.entriesOf(documentIds)));
		}
		finally {
			writing.unlock();
		}
	}

	/** Start-up: repairs what a crash or a lost index left behind, before and while the portal serves. */
	@Override
	public void run(ApplicationArguments args) {
		int repaired = catchUp(false);
		if (repaired > 0) {
			log.info("Search index caught up with the database: {} documents indexed again", repaired);
		}
	}

	/**
	 * A safety net for working copies whose event was lost: their changes are found by row version. Runs on every
	 * node, not under a cluster lock: a Lucene index belongs to its node, and for a shared index the catch-up only
	 * rewrites what differs, so a second node finds nothing to do.
	 */
	@Scheduled(fixedDelayString = "${gongkai.search.working-copies-interval:PT1M}", initialDelayString = "PT1M")
	void followWorkingCopies() {
		catchUp(true);
	}

	/** Indexes again every document whose version differs between the database and the index. */
	int catchUp(boolean workingOnly) {
		writing.lock();
		try {
			return repair(index::replace, source.stale(index.versions(), workingOnly), onCatchUp);
		}
		finally {
			writing.unlock();
		}
	}

	/**
	 * Fills a new generation from the database while the live index serves and events keep updating it; then, with
	 * writes held, brings the generation up to date with every change made meanwhile and publishes it. The lock only
	 * holds this node's writes: other nodes sharing an OpenSearch cluster write to the old generation until the switch,
	 * so the live index is compared with the database once more afterwards.
	 */
	void rebuildInto(SearchIndex.Generation generation, RebuildProgress progress) {
		progress.started(source.documents());
		source.eachBatch(BATCH, entries -> {
			onRebuild.record(() -> generation.add(entries));
			progress.advanced(entries.stream().mapToLong(IndexEntry::documentId).distinct().count());
		});
		writing.lock();
		try {
			repair(generation::replace, source.stale(generation.versions(), false), onRebuild);
			generation.publish();
			if (index.shared()) {
				// other nodes kept writing to the old generation until the switch
				repair(index::replace, source.stale(index.versions(), false), onRebuild);
			}
		}
		finally {
			writing.unlock();
		}
	}

	private int repair(Replacement target, List<Long> stale, Timer timer) {
		for (int from = 0; from < stale.size(); from += BATCH) {
			List<Long> batch = stale.subList(from, Math.min(stale.size(), from + BATCH));
			timer.record(() -> target.replace(batch, source.entriesOf(batch)));
		}
		return stale.size();
	}

	@FunctionalInterface
	private interface Replacement {

		void replace(java.util.Collection<Long> documentIds, List<IndexEntry> entries);

	}

}
