package org.gongkai.search;

import java.time.Clock;
import java.time.Instant;

/** The state of the running or last rebuild, updated by the rebuilding thread and read by the admin page. */
final class RebuildProgress {

	private final Clock clock;

	private volatile IndexRebuild.Status status = new IndexRebuild.Status(IndexRebuild.State.IDLE, null, 0, 0, null,
			null, null);

	RebuildProgress(Clock clock) {
		this.clock = clock;
	}

	IndexRebuild.Status status() {
		return status;
	}

	/** Claims the rebuild for {@code actor}; false when one is running already. */
	synchronized boolean claim(String actor) {
		if (status.state() == IndexRebuild.State.RUNNING) {
			return false;
		}
		status = new IndexRebuild.Status(IndexRebuild.State.RUNNING, actor, 0, 0, clock.instant(), null, null);
		return true;
	}

	synchronized void started(long documents) {
		status = new IndexRebuild.Status(IndexRebuild.State.RUNNING, status.actor(), documents, 0, status.startedAt(),
				null, null);
	}

	synchronized void advanced(long documents) {
		status = new IndexRebuild.Status(IndexRebuild.State.RUNNING, status.actor(), status.total(),
				status.done() + documents, status.startedAt(), null, null);
	}

	synchronized void finished(String failure) {
		Instant now = clock.instant();
		status = new IndexRebuild.Status(failure == null ? IndexRebuild.State.DONE : IndexRebuild.State.FAILED,
				status.actor(), status.total(), status.done(), status.startedAt(), now, failure);
	}

}
