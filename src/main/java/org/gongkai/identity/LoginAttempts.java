package org.gongkai.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The per-account count of attempts since the last successful login, kept in the database with single SQL statements,
 * so that parallel guesses can neither skip the count nor collide over it (issue 22). The first
 * {@code gongkai.security.lockout.max-failures} attempts are evaluated freely; after them the account is under the
 * proof-of-work challenge (issue 19, no lock-out): an attempt with a valid proof is evaluated, one without is evaluated
 * only when the wait since the last evaluated attempt has passed, and at most one such attempt per wait.
 */
@Component
class LoginAttempts {

	/** One claimed attempt: its number since the last success and whether its password may be evaluated. */
	record Claim(int number, boolean admitted) {
	}

	private final JdbcClient jdbc;

	private final Duration wait;

	private final AgencyDirectory agencies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final int limit;

	LoginAttempts(JdbcClient jdbc, AgencyDirectory agencies, ApplicationEventPublisher events, Clock clock,
			@Value("${gongkai.security.lockout.max-failures:5}") int limit,
			@Value("${gongkai.security.login.wait:PT30S}") Duration wait) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.events = events;
		this.wait = wait;
		this.clock = clock;
		this.limit = limit;
	}

	/**
	 * Claims one attempt for the account, {@code proven} when it came with a valid proof of work; empty when the
	 * account is disabled or does not exist.
	 */
	Optional<Claim> claim(String username, boolean proven) {
		Instant now = clock.instant();
		return jdbc.sql("""
				with old as (
				    select id, failed_logins < :limit or :proven or login_wait_until is null
				               or login_wait_until <= :now as admitted
				    from staff_user where username = :username and enabled for update)
				update staff_user u set failed_logins = u.failed_logins + 1,
				    login_wait_until = case when old.admitted then :until else u.login_wait_until end
				from old where u.id = old.id
				returning u.failed_logins, old.admitted""")
			.param("limit", limit)
			.param("proven", proven)
			.param("now", Timestamp.from(now))
			.param("until", Timestamp.from(now.plus(wait)))
			.param("username", username)
			.query((rs, row) -> new Claim(rs.getInt(1), rs.getBoolean(2)))
			.optional();
	}

	/** The attempts since the last success of an enabled account; empty when there is no such account. */
	Optional<Integer> attempts(String username) {
		return jdbc.sql("select failed_logins from staff_user where username = :username and enabled")
			.param("username", username)
			.query(Integer.class)
			.optional();
	}

	int limit() {
		return limit;
	}

	/**
	 * The account's failure that brings the challenge (the one numbered {@link #limit()}): an entry of the login log,
	 * {@code LOGIN_CHALLENGED}, where the lock-out once was.
	 */
	void challengeBegins(String username) {
		jdbc.sql("select agency_id from staff_user where username = :username")
			.param("username", username)
			.query(Long.class)
			.optional()
			.ifPresent(agency -> events.publishEvent(new StaffAccountChanged(username,
					agencies.find(new AgencyId(agency)).map(AgencyInfo::code).orElse(null), "LOGIN_CHALLENGED",
					"failures=" + limit, "system")));
	}

	/** A successful login: the count starts again. */
	void succeeded(String username) {
		jdbc.sql("""
				update staff_user set failed_logins = 0, login_wait_until = null
				where username = :username and (failed_logins <> 0 or login_wait_until is not null)""")
			.param("username", username)
			.update();
	}

}
