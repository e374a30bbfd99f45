package org.gongkai.channels;

import java.time.Duration;
import java.util.Optional;

/**
 * When a failed delivery is tried again: one minute after the first failure, doubling each time up to six hours,
 * and given up after {@value #MAX_ATTEMPTS} attempts (about a day and a half), when staff are shown it as failed.
 */
final class Backoff {

	static final int MAX_ATTEMPTS = 12;

	private static final Duration FIRST = Duration.ofMinutes(1);

	private static final Duration LONGEST = Duration.ofHours(6);

	private Backoff() {
	}

	/** The wait after the given number of failed attempts, or empty when that was the last allowed. */
	static Optional<Duration> after(int attempts) {
		if (attempts >= MAX_ATTEMPTS) {
			return Optional.empty();
		}
		Duration wait = FIRST.multipliedBy(1L << Math.min(attempts - 1, 20));
		return Optional.of(wait.compareTo(LONGEST) > 0 ? LONGEST : wait);
	}

}
