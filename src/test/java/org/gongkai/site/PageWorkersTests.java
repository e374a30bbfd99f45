package org.gongkai.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Pages are rendered on the calling thread and the application's executor, never on the common fork-join pool
 * (issue 22), and a render never waits for a thread of an executor whose threads are all busy.
 */
class PageWorkersTests {

	private final List<Integer> pages = IntStream.range(0, 500).boxed().toList();

	@Test
	void everyPageIsRenderedOnceOnTheCallerAndTheExecutorNeverOnTheCommonPool() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(4);
		executor.setThreadNamePrefix("application-");
		executor.initialize();
		try {
			Set<Integer> rendered = ConcurrentHashMap.newKeySet();
			AtomicInteger renders = new AtomicInteger();
			Set<String> threads = ConcurrentHashMap.newKeySet();
			new PageWorkers(executor).forEach(pages, page -> {
				rendered.add(page);
				renders.incrementAndGet();
				threads.add(Thread.currentThread().getName());
			});
			assertThat(rendered).hasSize(pages.size());
			assertThat(renders).hasValue(pages.size());
			String caller = Thread.currentThread().getName();
			assertThat(threads).allMatch(name -> name.startsWith("application-") || name.equals(caller));
		}
		finally {
			executor.shutdown();
		}
	}

	@Test
	void aRenderDoesNotWaitForAnExecutorWhoseThreadsAreAllBusy() {
		List<Runnable> queued = new ArrayList<>();
		TaskExecutor busy = queued::add;
		AtomicInteger renders = new AtomicInteger();
		new PageWorkers(busy).forEach(pages, page -> renders.incrementAndGet());
		assertThat(renders).hasValue(pages.size());
		queued.forEach(Runnable::run);
		assertThat(renders).as("a helper that starts late finds nothing left").hasValue(pages.size());
	}

	@Test
	void aFailedPageFailsTheRender() {
		TaskExecutor busy = task -> {
		};
		assertThatThrownBy(() -> new PageWorkers(busy).forEach(pages, page -> {
			if (page == 250) {
				throw new IllegalStateException("template error");
			}
		})).hasMessage("template error");
	}

}
