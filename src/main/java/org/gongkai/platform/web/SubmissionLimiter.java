package org.gongkai.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.platform.RateLimited;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how often one address may submit a public form or ask the assistant: at most
 * {@code gongkai.public-forms.max-submissions} in {@code gongkai.public-forms.window} unless a form sets its own.
 * Counted per node, in memory, in a sliding window per address. The memory is bounded: an address's entry expires
 * once its window has passed without a submission, and at most {@code gongkai.public-forms.max-addresses} addresses
 * are tracked per form (the least recently seen go first). The address is the reader's as {@link TrustedProxies}
 * establishes it: behind a proxy listed in {@code gongkai.proxies}, the client's; otherwise the connection's.
 * Signed-in staff and callers with a personal API token are not limited: they are known and accountable.
 */
@Component
public class SubmissionLimiter {

	private final Map<String, Cache<String, Deque<Instant>>> forms = new ConcurrentHashMap<>();

	private final int limit;

	private final Duration window;

	private final long maxAddresses;

	private final Clock clock;

	SubmissionLimiter(@Value("${gongkai.public-forms.max-submissions:5}") int limit,
			@Value("${gongkai.public-forms.window:PT10M}") Duration window,
			@Value("${gongkai.public-forms.max-addresses:100000}") long maxAddresses, Clock clock) {
		this.limit = limit;
		this.window = window;
		this.maxAddresses = maxAddresses;
		this.clock = clock;
	}

	/** Counts a submission from the request's address; answers false when the address is over its limit. */
	public boolean tryAcquire(String form, HttpServletRequest request) {
		return tryAcquire(form, request, limit, window);
	}

	/** The same with a limit of its own, for endpoints used more often than a form (the assistant's questions). */
	public boolean tryAcquire(String form, HttpServletRequest request, int limit, Duration window) {
		return wait(form, request, limit, window).isZero();
	}

	/** Counts a submission, or refuses it with {@link RateLimited} (429, {@code Retry-After}) and the given message. */
	public void enforce(String form, HttpServletRequest request, int limit, Duration window, String refusalKey) {
		Duration wait = wait(form, request, limit, window);
		if (!wait.isZero()) {
			throw new RateLimited(wait, refusalKey);
		}
	}

	/** {@link #enforce} with the public forms' limit. */
	public void enforce(String form, HttpServletRequest request, String refusalKey) {
		enforce(form, request, limit, window, refusalKey);
	}

	/**
	 * Takes back the latest submission counted for the request's address, for a form that was counted and then
	 * refused for its content: only what was accepted counts, so that a citizen who corrects a mistake five times is
	 * not locked out.
	 */
	public void release(String form, HttpServletRequest request) {
		Cache<String, Deque<Instant>> addresses = forms.get(form);
		Deque<Instant> times = addresses == null ? null : addresses.getIfPresent(request.getRemoteAddr());
		if (times != null && request.getUserPrincipal() == null) {
			synchronized (times) {
				times.pollLast();
			}
		}
	}

	/** How many addresses are tracked for a form now (for tests and metrics). */
	public long trackedAddresses(String form) {
		Cache<String, Deque<Instant>> addresses = forms.get(form);
		if (addresses == null) {
			return 0;
		}
		addresses.cleanUp();
		return addresses.estimatedSize();
	}

	/** Zero when the submission is counted; otherwise how long until the oldest one in the window leaves it. */
	private Duration wait(String form, HttpServletRequest request, int limit, Duration window) {
		if (request.getUserPrincipal() != null) {
			return Duration.ZERO;
		}
		Instant now = clock.instant();
		Deque<Instant> times = addresses(form, window).get(request.getRemoteAddr(), address -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
				times.removeFirst();
			}
			if (times.size() >= limit) {
				return Duration.between(now, times.peekFirst().plus(window));
			}
			times.addLast(now);
			return Duration.ZERO;
		}
	}

	private Cache<String, Deque<Instant>> addresses(String form, Duration window) {
		return forms.computeIfAbsent(form, name -> Caffeine.newBuilder()
			.expireAfterAccess(window)
			.maximumSize(maxAddresses)
			.ticker(this::nanos)
			.build());
	}

	/** Caffeine's clock, read from the injected one so that expiry follows the platform's time. */
	private long nanos() {
		Instant now = clock.instant();
		return now.getEpochSecond() * 1_000_000_000L + now.getNano();
	}

}
