package org.gongkai.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how often one address may submit a public form (applications, consultations): at most
 * {@code gongkai.public-forms.max-submissions} in {@code gongkai.public-forms.window}. Counted per node, in memory;
 * a proxy in front of several nodes should limit too.
 */
@Component
public class SubmissionLimiter {

	private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

	private final int limit;

	private final Duration window;

	private final Clock clock;

	SubmissionLimiter(@Value("${gongkai.public-forms.max-submissions:5}") int limit,
			@Value("${gongkai.public-forms.window:PT10M}") Duration window, Clock clock) {
		this.limit = limit;
		this.window = window;
		this.clock = clock;
	}

	/** Counts a submission from the request's address; answers false when the address is over its limit. */
	public boolean tryAcquire(String form, HttpServletRequest request) {
		return tryAcquire(form, request, limit, window);
	}

	/** The same with a limit of its own, for endpoints used more often than a form (the assistant's questions). */
	public boolean tryAcquire(String form, HttpServletRequest request, int limit, Duration window) {
		Instant now = clock.instant();
		Deque<Instant> times = recent.computeIfAbsent(form + "|" + request.getRemoteAddr(), key -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(window))) {
				times.removeFirst();
			}
			if (times.size() >= limit) {
				return false;
			}
			times.addLast(now);
			return true;
		}
	}

}
