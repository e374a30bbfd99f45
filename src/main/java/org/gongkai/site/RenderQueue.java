package org.gongkai.site;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.gongkai.publishing.CatalogChanged;
import org.gongkai.publishing.DocumentPublished;
import org.gongkai.publishing.DocumentWithdrawn;
import org.gongkai.publishing.GuideUpdated;
import org.gongkai.publishing.NormativeDocumentChanged;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Renders what publishing's events change, within seconds of the change (OGI art. 26 allows 20 working days from a
 * document's forming to its disclosure), coalescing bursts per agency: while one thread renders an agency, further
 * changes are collected and that thread renders them all in its next pass, so that an import costs a few renders,
 * not one each.
 */
@Component
class RenderQueue {

	private final Site site;

	private final Map<String, PendingChanges> pending = new ConcurrentHashMap<>();

	RenderQueue(Site site) {
		this.site = site;
	}

	/**
	 * What the next render of one agency must cover (some documents, or everything), and the renders of that agency
	 * started and finished, so that a change whose render another thread does can wait for it.
	 */
	private static final class PendingChanges {

		boolean rendering;

		boolean everything;

		final Set<Long> documents = new HashSet<>();

		long started;

		long finished;

		/** Renders that failed, by number, so that the changes they carried fail too (and are retried). */
		final Map<Long, RuntimeException> failures = new TreeMap<>();

	}

	// The listeners run outside a transaction: a change that waits for another thread's render holds no connection.
	// The event publication registry still records each event with the change and marks it complete only when the
	// listener returns, that is when the change is live; a crash before that replays it at the next start.

	@Async
	@TransactionalEventListener
	void on(DocumentPublished event) {
		renderSoon(event.agencyCode(), event.documentId());
	}

	@Async
	@TransactionalEventListener
	void on(DocumentWithdrawn event) {
		renderSoon(event.agencyCode(), event.documentId());
	}

	@Async
	@TransactionalEventListener
	void on(GuideUpdated event) {
		renderSoon(event.agencyCode(), null);
	}

	@Async
	@TransactionalEventListener
	void on(NormativeDocumentChanged event) {
		renderSoon(event.agencyCode(), event.documentId());
	}

	@Async
	@TransactionalEventListener
	void on(CatalogChanged event) {
		renderSoon(event.agencyCode(), null);
	}

	/**
	 * Renders an agency after a change ({@code documentId} null: the whole agency) and returns once the change is
	 * live. A thread whose change another thread renders waits for that pass, so that no change is reported done (and
	 * its event completed) before it is on the site: a crash in between leaves the event to be replayed.
	 */
	void renderSoon(String agencyCode, Long documentId) {
		PendingChanges changes = pending.computeIfAbsent(agencyCode, code -> new PendingChanges());
		long pass;
		synchronized (changes) {
			if (documentId == null) {
				changes.everything = true;
			}
			else {
				changes.documents.add(documentId);
			}
			pass = changes.started + 1;
			if (changes.rendering) {
				awaitPass(changes, pass);
				return;
			}
			changes.rendering = true;
		}
		RuntimeException own = null;
		while (true) {
			boolean everything;
			Set<Long> changed;
			long current;
			synchronized (changes) {
				if (!changes.everything && changes.documents.isEmpty()) {
					changes.rendering = false;
					break;
				}
				everything = changes.everything;
				changed = Set.copyOf(changes.documents);
				changes.everything = false;
				changes.documents.clear();
				current = ++changes.started;
			}
			RuntimeException failure = render(agencyCode, everything, changed);
			synchronized (changes) {
				changes.finished = current;
				if (failure != null) {
					changes.failures.put(current, failure);
				}
				changes.failures.keySet().removeIf(old -> old < current - 1000);
				changes.notifyAll();
			}
			if (current == pass) {
				own = failure;
			}
		}
		if (own != null) {
			throw own;
		}
	}

	/** One pass: the whole agency, or what the changed documents touch; answers its failure, if any. */
	private RuntimeException render(String agencyCode, boolean everything, Set<Long> changed) {
		try {
			if (everything) {
				site.render(agencyCode);
			}
			else {
				site.render(agencyCode, changed);
			}
			return null;
		}
		catch (RuntimeException e) {
			return e;
		}
	}

	/** Waits (holding the monitor of {@code changes}) until render {@code pass} has finished; rethrows its failure. */
	private static void awaitPass(PendingChanges changes, long pass) {
		while (changes.finished < pass) {
			try {
				changes.wait();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while the site was rendered", e);
			}
		}
		RuntimeException failure = changes.failures.get(pass);
		if (failure != null) {
			throw failure;
		}
	}

}
