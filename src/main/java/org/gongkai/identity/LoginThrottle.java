package org.gongkai.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed logins per client address, so that guessing across many accounts from one address stops too (issue 22): at
 * most {@code gongkai.security.login.max-failures-per-address} failures in {@code gongkai.security.login.window};
 * over that, the address's logins are evaluated only with a proof of work ({@link LoginChallenges}) until the window
 * ends. It also counts the failures of names that are no account, so that they are challenged like accounts. Counted per node, in memory; the
 * table holds at most {@code MAX_ADDRESSES}, forgetting expired windows first.
 */
@Component
class LoginThrottle {

	static final int MAX_ADDRESSES = 100_000;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	private final int limit;

	private final Duration window;

	private final Clock clock;

	LoginThrottle(@Value("${gongkai.security.login.max-failures-per-address:50}") int limit,
			@Value("${gongkai.security.login.window:PT15M}") Duration window, Clock clock) {
		this.limit = limit;
		this.window = window;
		this.clock = clock;
	}

	/** Whether a login from this address may be evaluated. */
	boolean allows(String address) {
		Window current = windows.get(address);
		return current == null || current.expired(clock.instant()) || current.failures < limit;
	}

	/** The failures counted for this key in its current window. */
	int failures(String key) {
		Window current = windows.get(key);
		return current == null || current.expired(clock.instant()) ? 0 : current.failures;
	}

	/** The key under which the failures of a name that is no enabled account are counted. */
	static String account(String username) {
		return "account:" + username;
	}

	/** Counts a failed login from this address (or under {@link #account} for a name). */
	void failed(String address) {
		Instant now = clock.instant();
		if (windows.size() >= MAX_ADDRESSES) {
			windows.values().removeIf(w -> w.expired(now));
			if (windows.size() >= MAX_ADDRESSES) {
				windows.clear();
			}
		}
		windows.compute(address, (key, current) -> current == null || current.expired(now)
				? new Window(now.plus(window), 1) : new Window(current.ends, current.failures + 1));
	}

	private record Window(Instant ends, int failures) {

		boolean expired(Instant now) {
			return !ends.isAfter(now);
		}

	}

}
