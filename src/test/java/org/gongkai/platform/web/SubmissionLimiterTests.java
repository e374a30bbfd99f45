package org.gongkai.platform.web;

import java.time.Duration;
import java.time.Instant;

import org.gongkai.MovableClock;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.RateLimited;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The per-address limit: a sliding window that tells the refused sender when to come back, spares signed-in staff,
 * and forgets addresses, so that a scan from many addresses cannot make it grow without bound.
 */
class SubmissionLimiterTests {

	/** A real working morning in Beijing. */
	private final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T01:30:00Z"));

	private static MockHttpServletRequest from(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(address);
		return request;
	}

	@Test
	void aRefusalSaysWhenTheOldestSubmissionLeavesTheWindow() {
		SubmissionLimiter limiter = new SubmissionLimiter(2, Duration.ofMinutes(10), 1000, clock);
		limiter.enforce("apply", from("203.0.113.5"), "too.many");
		clock.move(Duration.ofMinutes(3));
		limiter.enforce("apply", from("203.0.113.5"), "too.many");
		clock.move(Duration.ofMinutes(1));

		assertThatThrownBy(() -> limiter.enforce("apply", from("203.0.113.5"), "too.many"))
			.isInstanceOfSatisfying(RateLimited.class, refused -> {
				assertThat(refused.kind()).isEqualTo(DomainException.Kind.TOO_MANY);
				assertThat(refused.retryAfterSeconds()).as("10 min after the first, 4 min after it").isEqualTo(360);
				assertThat(refused.messageKey()).isEqualTo("too.many");
			});
		assertThat(limiter.tryAcquire("apply", from("203.0.113.6"))).as("another address").isTrue();
		assertThat(limiter.tryAcquire("consultation", from("203.0.113.5"))).as("another form").isTrue();

		clock.move(Duration.ofMinutes(6));
		assertThat(limiter.tryAcquire("apply", from("203.0.113.5"))).as("the first left the window").isTrue();
		assertThat(limiter.tryAcquire("apply", from("203.0.113.5"))).isFalse();
	}

	@Test
	void aSubmissionRefusedForItsContentIsTakenBack() {
		SubmissionLimiter limiter = new SubmissionLimiter(2, Duration.ofMinutes(10), 1000, clock);
		for (int i = 0; i < 5; i++) {
			assertThat(limiter.tryAcquire("apply", from("203.0.113.7"))).as("attempt %d, corrected each time", i).isTrue();
			limiter.release("apply", from("203.0.113.7"));
		}
		assertThat(limiter.tryAcquire("apply", from("203.0.113.7"))).isTrue();
		assertThat(limiter.tryAcquire("apply", from("203.0.113.7"))).isTrue();
		assertThat(limiter.tryAcquire("apply", from("203.0.113.7"))).as("two accepted: the limit").isFalse();
	}

	@Test
	void signedInStaffAreNotCounted() {
		SubmissionLimiter limiter = new SubmissionLimiter(1, Duration.ofMinutes(10), 1000, clock);
		MockHttpServletRequest officer = from("10.1.2.3");
		officer.setUserPrincipal(() -> "officer");
		for (int i = 0; i < 20; i++) {
			assertThat(limiter.tryAcquire("apply", officer)).isTrue();
		}
		assertThat(limiter.trackedAddresses("apply")).isZero();
		assertThat(limiter.tryAcquire("apply", from("10.1.2.3"))).as("an anonymous visitor at that address").isTrue();
		assertThat(limiter.tryAcquire("apply", from("10.1.2.3"))).isFalse();
	}

	@Test
	void addressesAreForgottenAfterTheirWindowAndNeverExceedTheBound() {
		SubmissionLimiter limiter = new SubmissionLimiter(5, Duration.ofMinutes(10), 1000, clock);
		for (int i = 0; i < 5000; i++) {
			limiter.tryAcquire("assistant-ask", from("198.18." + (i / 256) + "." + (i % 256)));
		}
		assertThat(limiter.trackedAddresses("assistant-ask")).as("a scan from 5,000 addresses").isLessThanOrEqualTo(1000);

		clock.move(Duration.ofMinutes(10).plusSeconds(1));
		assertThat(limiter.trackedAddresses("assistant-ask")).as("ten minutes of quiet later").isZero();
	}

}
