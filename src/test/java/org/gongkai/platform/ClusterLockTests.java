package org.gongkai.platform;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database locks that let several nodes share one PostgreSQL. Each thread here takes its locks on connections
 * of its own, as another node would.
 */
@IntegrationTest
class ClusterLockTests {

	@Autowired
	ClusterLock lock;

	@Autowired
	JdbcClient jdbc;

	/** Threads of their own: the common pool may have a single thread on a small machine. */
	final ExecutorService threads = Executors.newFixedThreadPool(4);

	@AfterEach
	void stop() {
		threads.shutdownNow();
	}

	@Test
	void aDailyJobRunsOnceForADayWhoeverTriesAndAFailedRunLeavesTheDayUnclaimed() throws Exception {
		String job = "test-daily-" + System.nanoTime();
		LocalDate day = LocalDate.of(2026, 12, 3);
		AtomicInteger runs = new AtomicInteger();
		CyclicBarrier start = new CyclicBarrier(4);
		List<CompletableFuture<Boolean>> tries = java.util.stream.IntStream.range(0, 4)
			.mapToObj(i -> CompletableFuture.supplyAsync(() -> {
				await(start);
				return lock.oncePerDay(job, day, () -> {
					runs.incrementAndGet();
					sleep(200);
				});
			}, threads))
			.toList();
		assertThat(tries.stream().map(CompletableFuture::join)).containsExactlyInAnyOrder(true, false, false, false);
		assertThat(runs).hasValue(1);
		Map<String, Object> row = jdbc.sql("select node, started_at, finished_at from job_run where job = :job")
			.param("job", job)
			.query()
			.singleRow();
		assertThat(row.get("node")).isEqualTo(lock.node());
		assertThat(row.get("finished_at")).isNotNull();
		assertThat(lock.oncePerDay(job, day, runs::incrementAndGet)).as("a second run the same day").isFalse();
		assertThat(lock.oncePerDay(job, day.plusDays(1), runs::incrementAndGet)).as("the next day").isTrue();
		assertThat(runs).hasValue(2);

		String failing = job + "-failing";
		assertThatThrownBy(() -> lock.oncePerDay(failing, day, () -> {
			jdbc.sql("insert into job_run (job, day, node, started_at) values (:job, :day, 'inside', now())")
				.param("job", failing + "-side-effect")
				.param("day", day)
				.update();
			throw new IllegalStateException("the scan failed");
		})).hasMessage("the scan failed");
		assertThat(jdbc.sql("select count(*) from job_run where job like :job")
			.param("job", failing + "%")
			.query(Long.class)
			.single()).as("the claim and the work's writes rolled back together").isZero();
		assertThat(lock.oncePerDay(failing, day, runs::incrementAndGet)).as("the day can be claimed again").isTrue();
	}

	@Test
	void aFrequentJobIsSkippedWhileAnotherNodeRunsItAndRunsAgainWhenItIsDone() throws Exception {
		String name = "test-frequent-" + System.nanoTime();
		CountDownLatch holding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Boolean> other = CompletableFuture.supplyAsync(() -> lock.ifFree(name, () -> {
			holding.countDown();
			await(release);
		}), threads);
		assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(advisoryLocksOn(name)).as("held in PostgreSQL").isOne();
		AtomicInteger runs = new AtomicInteger();
		boolean ranWhileHeld = CompletableFuture.supplyAsync(() -> lock.ifFree(name, runs::incrementAndGet), threads).get();
		assertThat(ranWhileHeld).isFalse();
		assertThat(runs).hasValue(0);
		assertThat(CompletableFuture.supplyAsync(() -> lock.ifFree("another-" + name, runs::incrementAndGet), threads).get())
			.as("another name is free")
			.isTrue();
		release.countDown();
		assertThat(other.get(10, TimeUnit.SECONDS)).isTrue();
		assertThat(lock.ifFree(name, () -> assertThat(lock.ifFree(name, runs::incrementAndGet))
			.as("re-entrant within a thread")
			.isTrue())).isTrue();
		assertThat(runs).hasValue(2);
		assertThat(advisoryLocksOn(name)).as("released").isZero();
	}

	@Test
	void holdingWaitsForTheOtherHolderAndReleasesOnFailure() throws Exception {
		String name = "test-holding-" + System.nanoTime();
		List<String> order = new CopyOnWriteArrayList<>();
		CountDownLatch holding = new CountDownLatch(1);
		CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> lock.holding(name, () -> {
			order.add("first in");
			holding.countDown();
			sleep(300);
			order.add("first out");
			return "first";
		}), threads);
		assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> lock.holding(name, () -> {
			order.add("second in");
			return "second";
		}), threads);
		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
		assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("second");
		assertThat(order).containsExactly("first in", "first out", "second in");

		assertThatThrownBy(() -> lock.holding(name, () -> {
			throw new IllegalStateException("render failed");
		})).hasMessage("render failed");
		assertThat(CompletableFuture.supplyAsync(() -> lock.ifFree(name, () -> {
		}), threads).get()).as("released after the failure").isTrue();
	}

	@Test
	void everyNodeAndEveryVersionHashesANameToTheSameKey() {
		assertThat(ClusterLock.key("site")).as("fixed: nodes of two versions during a rolling update must agree")
			.isEqualTo(-8046640094564226553L);
		assertThat(ClusterLock.key("outbox")).isEqualTo(3707696321630132609L);
	}

	private long advisoryLocksOn(String name) {
		long key = ClusterLock.key(name);
		return jdbc.sql("""
				select count(*) from pg_locks
				where locktype = 'advisory' and classid::text::bigint = :high and objid::text::bigint = :low""")
			.param("high", key >>> 32)
			.param("low", key & 0xFFFFFFFFL)
			.query(Long.class)
			.single();
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await(10, TimeUnit.SECONDS);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

}
