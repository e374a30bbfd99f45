package org.gongkai.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.gongkai.MovableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** A value computed at most once per period, such as the counts behind the Prometheus gauges. */
class RecentValueTests {

	private final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T08:00:00Z"));

	private final AtomicInteger computations = new AtomicInteger();

	private final RecentValue<Integer> value = new RecentValue<>(computations::incrementAndGet, Duration.ofSeconds(30),
			clock);

	@Test
	void isComputedOnFirstUseAndReusedWithinThePeriod() {
		assertThat(computations).hasValue(0);
		assertThat(value.get()).isEqualTo(1);
		clock.move(Duration.ofSeconds(29));
		assertThat(value.get()).isEqualTo(1);
		assertThat(value.get()).isEqualTo(1);
		assertThat(computations).hasValue(1);
	}

	@Test
	void isComputedAgainOnceThePeriodHasPassed() {
		value.get();
		clock.move(Duration.ofSeconds(30));
		assertThat(value.get()).isEqualTo(2);
		clock.move(Duration.ofSeconds(10));
		assertThat(value.get()).isEqualTo(2);
		clock.move(Duration.ofMinutes(5));
		assertThat(value.get()).isEqualTo(3);
	}

	@Test
	void aClockSetBackDoesNotFreezeTheValue() {
		value.get();
		clock.move(Duration.ofHours(-1));
		assertThat(value.get()).isEqualTo(2);
	}

	@Test
	void aZeroPeriodComputesEveryTime() {
		RecentValue<Integer> always = new RecentValue<>(computations::incrementAndGet, Duration.ZERO, clock);
		assertThat(always.get()).isEqualTo(1);
		assertThat(always.get()).isEqualTo(2);
	}

	@Test
	void aFailureIsNotRememberedAndTheNextCallTriesAgain() {
		AtomicInteger calls = new AtomicInteger();
		RecentValue<String> flaky = new RecentValue<>(() -> {
			if (calls.incrementAndGet() == 1) {
				throw new IllegalStateException("database unavailable");
			}
			return "counted";
		}, Duration.ofSeconds(30), clock);
		assertThatIllegalStateException().isThrownBy(flaky::get).withMessage("database unavailable");
		assertThat(flaky.get()).isEqualTo("counted");
		assertThat(flaky.get()).isEqualTo("counted");
		assertThat(calls).hasValue(2);
	}

	@Test
	void concurrentCallersShareOneComputation() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		RecentValue<Integer> slow = new RecentValue<>(() -> {
			started.countDown();
			await(release);
			return computations.incrementAndGet();
		}, Duration.ofSeconds(30), clock);
		ExecutorService callers = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			answers.add(callers.submit(slow::get));
			assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
			for (int i = 0; i < 7; i++) {
				answers.add(callers.submit(slow::get));
			}
			release.countDown();
			for (Future<Integer> answer : answers) {
				assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(1);
			}
			assertThat(computations).hasValue(1);
		}
		finally {
			callers.shutdownNow();
		}
	}

	@Test
	void aNegativePeriodIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RecentValue<>(() -> 1, Duration.ofSeconds(-1), clock));
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
