package org.gongkai.identity;

import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The configured password rules (issue 19): {@code gongkai.security.password.strong} adds to {@link PasswordPolicy}
 * that a password mixes three of the four character classes (lower case, upper case, digits, others), and
 * {@code gongkai.security.password.max-age} (default 90 days; zero: never) is how long a password lasts before its
 * owner must change it at the next login. A password set by someone else (an account's initial password, a reset)
 * must be changed at the next login too.
 */
@Component
public class PasswordRules {

	private final boolean strong;

	private final Duration maxAge;

	PasswordRules(@Value("${gongkai.security.password.strong:false}") boolean strong,
			@Value("${gongkai.security.password.max-age:P90D}") Duration maxAge) {
		this.strong = strong;
		this.maxAge = maxAge;
	}

	/** Refuses a password that breaks the policy, as bad input on {@code field}. */
	void check(String field, String username, String password) {
		PasswordPolicy.check(field, username, password, strong);
	}

	/** Whether a password set at {@code changedAt} (or by someone else) must be changed before anything else. */
	boolean changeDue(boolean setBySomeoneElse, Instant changedAt, Instant now) {
		return setBySomeoneElse || (!maxAge.isZero() && !changedAt.plus(maxAge).isAfter(now));
	}

}
