package org.gongkai.platform;

import java.time.Duration;

/** A request refused because its sender asked too often; answered 429 with {@code Retry-After}. */
public class RateLimited extends DomainException {

	private final Duration retryAfter;

	public RateLimited(Duration retryAfter, String messageKey) {
		super(Kind.TOO_MANY, null, messageKey);
		this.retryAfter = retryAfter;
	}

	/** How long until the sender may ask again, in whole seconds, at least one. */
	public long retryAfterSeconds() {
		return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
	}

}
