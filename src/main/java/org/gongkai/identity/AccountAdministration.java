package org.gongkai.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.platform.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An ADMIN of the account's agency, or of one above it, disables, enables, unlocks or resets another staff member's
 * account and revokes their API tokens. A session proves the password of its login: it ends at its next request once
 * the account is disabled or its password changed ({@link #sessionStillValid}).
 */
@Service
public class AccountAdministration {

	private final StaffAccounts accounts;

	private final AgencyDirectory agencies;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountAdministration(StaffAccounts accounts, AgencyDirectory agencies, PasswordEncoder passwords,
			ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
		this.accounts = accounts;
		this.agencies = agencies;
		this.passwords = passwords;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The actions the staff member may take on the account now. */
	public List<AccountAction> allowed(Staff actor, StaffAccount account) {
		List<AccountAction> allowed = new ArrayList<>();
		boolean administers = agencies.findByCode(account.agencyCode())
			.filter(agency -> actor.canActFor(agency, Role.ADMIN))
			.isPresent();
		if (!administers || account.id() == actor.userId()) {
			return allowed;
		}
		allowed.add(account.enabled() ? AccountAction.DISABLE : AccountAction.ENABLE);
		if (account.lockedUntil() != null && account.lockedUntil().isAfter(clock.instant())) {
			allowed.add(AccountAction.UNLOCK);
		}
		allowed.add(AccountAction.RESET_PASSWORD);
		allowed.add(AccountAction.REVOKE_TOKENS);
		return allowed;
	}

	/**
	 * Takes the action on the account of {@code userId}.
	 *
	 * @param newPassword the new password for {@link AccountAction#RESET_PASSWORD}, ignored otherwise
	 */
	@Transactional
	public StaffAccount act(Staff actor, long userId, AccountAction action, String newPassword) {
		StaffAccount account = accounts.account(userId)
			.filter(found -> agencies.findByCode(found.agencyCode()).filter(actor::canRead).isPresent())
			.orElseThrow(() -> DomainException.notFound("identity.user.notFound", userId));
		if (action == null) {
			throw DomainException.invalid("action", "validation.required");
		}
		if (!allowed(actor, account).contains(action)) {
			throw DomainException.notPermitted("identity.user.notAllowed");
		}
		Instant now = clock.instant();
		String summary = switch (action) {
			case DISABLE -> update(userId, "enabled = false", "enabled=false");
			case ENABLE -> update(userId, "enabled = true", "enabled=true");
			case UNLOCK -> update(userId, "failed_logins = 0, locked_until = null", "unlocked");
			case RESET_PASSWORD -> reset(account, newPassword, now);
			case REVOKE_TOKENS -> "tokens revoked=" + revokeTokens(jdbc, userId, now);
		};
		events.publishEvent(new StaffAccountChanged(account.username(), account.agencyCode(),
				"STAFF_ACCOUNT_" + action.name(), summary, actor.username()));
		return accounts.account(userId).orElseThrow();
	}

	private String reset(StaffAccount account, String newPassword, Instant now) {
		PasswordPolicy.check("password", account.username(), newPassword);
		jdbc.sql("""
				update staff_user set password_hash = :hash, password_changed_at = :now, failed_logins = 0,
				locked_until = null, version = version + 1 where id = :id""")
			.param("hash", passwords.encode(newPassword))
			.param("now", Timestamp.from(now))
			.param("id", account.id())
			.update();
		return "tokens revoked=" + revokeTokens(jdbc, account.id(), now);
	}

	private String update(long userId, String set, String summary) {
		jdbc.sql("update staff_user set " + set + ", version = version + 1 where id = :id").param("id", userId).update();
		return summary;
	}

	/** Revokes every live token of the account; answers how many. */
	static int revokeTokens(JdbcClient jdbc, long userId, Instant now) {
		return jdbc.sql("update api_token set revoked_at = :now where staff_user = :user and revoked_at is null")
			.param("now", Timestamp.from(now))
			.param("user", userId)
			.update();
	}

	/**
	 * Whether a session's login still stands: the account is enabled and its password is the one the login proved.
	 */
	public boolean sessionStillValid(StaffPrincipal principal) {
		return jdbc.sql("select enabled, password_changed_at from staff_user where id = :id")
			.param("id", principal.staff().userId())
			.query((rs, row) -> rs.getBoolean(1)
					&& rs.getTimestamp(2).toInstant().equals(principal.passwordChangedAt()))
			.optional()
			.orElse(false);
	}

}
