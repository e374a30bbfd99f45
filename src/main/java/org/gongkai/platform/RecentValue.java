package org.gongkai.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value computed at most once per {@code maxAge} (a count read from the database for a metric that Prometheus
 * scrapes every few seconds, on every node). Callers within the period get the value computed last; concurrent
 * callers wait for one computation instead of each running their own. A computation that fails is not remembered:
 * the failure reaches the caller, and the next call tries again.
 */
public final class RecentValue<T> {

	private final Supplier<T> computation;

	private final Duration maxAge;

	private final Clock clock;

	private T value;

	private Instant computedAt;

	public RecentValue(Supplier<T> computation, Duration maxAge, Clock clock) {
		if (maxAge.isNegative()) {
			throw new IllegalArgumentException("maxAge must not be negative: " + maxAge);
		}
		this.computation = computation;
		this.maxAge = maxAge;
		this.clock = clock;
	}

	/** The value, computed now if none was computed within {@code maxAge}. */
	public synchronized T get() {
		Instant now = clock.instant();
		if (computedAt == null || !now.isBefore(computedAt.plus(maxAge)) || now.isBefore(computedAt)) {
			value = computation.get();
			computedAt = now;
		}
		return value;
	}

}
