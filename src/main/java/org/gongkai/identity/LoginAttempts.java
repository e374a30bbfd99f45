package org.gongkai.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The per-account lock-out, counted in the database with single SQL statements, so that parallel guesses can neither
 * skip the count nor collide over it (issue 22): a login first claims an attempt ({@link #claim}), and only the
 * first {@code gongkai.security.lockout.max-failures} claims since the last success have their password evaluated;
 * the claim that reaches the limit without a success locks the account for {@code gongkai.security.lockout.duration}.
 */
@Component
class LoginAttempts {

	private final JdbcClient jdbc;

	private final AgencyDirectory agencies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final int limit;

	private final Duration lockFor;

	LoginAttempts(JdbcClient jdbc, AgencyDirectory agencies, ApplicationEventPublisher events, Clock clock,
			@Value("${gongkai.security.lockout.max-failures:5}") int limit,
			@Value("${gongkai.security.lockout.duration:PT15M}") Duration lockFor) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.events = events;
		this.clock = clock;
		this.limit = limit;
		this.lockFor = lockFor;
	}

	/**
	 * Claims one attempt for the account: its number since the last success, or empty when the account is locked,
	 * disabled or does not exist. A number above {@link #limit()} must not be evaluated.
	 */
	OptionalInt claim(String username) {
		return jdbc.sql("""
				update staff_user set failed_logins = failed_logins + 1
				where username = :username and enabled and (locked_until is null or locked_until <= :now)
				returning failed_logins""")
			.param("username", username)
			.param("now", Timestamp.from(clock.instant()))
			.query(Integer.class)
			.optional()
			.map(OptionalInt::of)
			.orElse(OptionalInt.empty());
	}

	int limit() {
		return limit;
	}

	/** Locks the account unless it is locked already; the one call that locks it records that in the audit log. */
	@Transactional
	void lock(String username) {
		Instant now = clock.instant();
		Instant until = now.plus(lockFor);
		jdbc.sql("""
				update staff_user set locked_until = :until, failed_logins = 0
				where username = :username and (locked_until is null or locked_until <= :now)
				returning agency_id""")
			.param("until", Timestamp.from(until))
			.param("username", username)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.optional()
			.ifPresent(agency -> events.publishEvent(new StaffAccountChanged(username,
					agencies.find(new AgencyId(agency)).map(AgencyInfo::code).orElse(null), "STAFF_ACCOUNT_LOCKED",
					"lockedUntil=" + until, "system")));
	}

	/** A successful login: the count starts again. */
	void succeeded(String username) {
		jdbc.sql("""
				update staff_user set failed_logins = 0, locked_until = null
				where username = :username and (failed_logins <> 0 or locked_until is not null)""")
			.param("username", username)
			.update();
	}

}
