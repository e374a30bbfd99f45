package org.gongkai.site;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.stereotype.Component;

/**
 * Renders pages on the calling thread and on helpers from the application's task executor, never on the common
 * fork-join pool (whose threads do not see the templates in the packaged jar). The caller takes pages itself until
 * none is left and then waits only for helpers that have started: a helper still queued behind busy threads finds
 * nothing to do, so a render never waits for a free thread of the executor it may itself be running on.
 */
@Component
class PageWorkers {

	private final TaskExecutor executor;

	private final int helpers;

	PageWorkers(@Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.executor = executor;
		this.helpers = Math.max(0, Runtime.getRuntime().availableProcessors() - 1);
	}

	/** Applies {@code work} to every item, in no particular order; rethrows the first failure. */
	<T> void forEach(List<T> items, Consumer<T> work) {
		Shared<T> shared = new Shared<>(items, work);
		for (int i = 0; i < Math.min(helpers, items.size() - 1); i++) {
			try {
				executor.execute(shared::help);
			}
			catch (TaskRejectedException e) {
				break;
			}
		}
		shared.take();
		shared.close();
		RuntimeException failure = shared.failure.get();
		if (failure != null) {
			throw failure;
		}
	}

	/** The items, the next one to take, and the helpers at work. */
	private static final class Shared<T> {

		final List<T> items;

		final Consumer<T> work;

		final AtomicInteger next = new AtomicInteger();

		final AtomicReference<RuntimeException> failure = new AtomicReference<>();

		int working;

		boolean closed;

		Shared(List<T> items, Consumer<T> work) {
			this.items = items;
			this.work = work;
		}

		void help() {
			synchronized (this) {
				if (closed) {
					return;
				}
				working++;
			}
			try {
				take();
			}
			finally {
				synchronized (this) {
					working--;
					notifyAll();
				}
			}
		}

		void take() {
			try {
				for (int i = next.getAndIncrement(); i < items.size() && failure.get() == null; i = next.getAndIncrement()) {
					work.accept(items.get(i));
				}
			}
			catch (RuntimeException e) {
				failure.compareAndSet(null, e);
			}
		}

		/** No helper starts after this; waits for those at work. */
		synchronized void close() {
			closed = true;
			while (working > 0) {
				try {
					wait();
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("interrupted while the site was rendered", e);
				}
			}
		}

	}

}
