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
 * An ADMIN of the account's agency, or of one above it, disables, enables or resets another staff member's
 * account and revokes their API tokens; the accounts of security administrators and auditors are a SECURITY_ADMIN's
 * to act on instead (三员分立, issue 19). A session proves the password of its login: it ends at its next request once
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

	private final PasswordRules rules;

	AccountAdministration(StaffAccounts accounts, AgencyDirectory agencies, PasswordEncoder passwords,
			ApplicationEventPublisher events, JdbcClient jdbc, Clock clock, PasswordRules rules) {
		this.rules = rules;
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
		// 三员分立: the security administrator's and the auditor's accounts are the security administrator's to act on,
		// so that the system administrator cannot reset the auditor's password and read the logs as the auditor
		Role administrator = account.roles().contains(Role.SECURITY_ADMIN) || account.roles().contains(Role.AUDITOR)
				? Role.SECURITY_ADMIN : Role.ADMIN;
		boolean administers = agencies.findByCode(account.agencyCode())
			.filter(agency -> actor.canActFor(agency, administrator))
			.isPresent();
		if (!administers || account.id() == actor.userId()) {
			return allowed;
		}
		allowed.add(account.enabled() ? AccountAction.DISABLE : AccountAction.ENABLE);
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
			case RESET_PASSWORD -> reset(account, newPassword, now);
			case REVOKE_TOKENS -> "tokens revoked=" + revokeTokens(jdbc, userId, now);
		};
		events.publishEvent(new StaffAccountChanged(account.username(), account.agencyCode(),
				"STAFF_ACCOUNT_" + action.name(), summary, actor.username()));
		return accounts.account(userId).orElseThrow();
	}

	private String reset(StaffAccount account, String newPassword, Instant now) {
		rules.check("password", account.username(), newPassword);
		// a password someone else chose: its owner changes it at the next login (issue 19)
		jdbc.sql("""
				update staff_user set password_hash = :hash, password_changed_at = :now, failed_logins = 0,
				must_change_password = true,
				login_wait_until = null, version = version + 1 where id = :id""")
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
	 * Whether a session's login still stands: the account is enabled, its password is the one the login proved, and
	 * its roles are the ones it had then (a grant or a withdrawal by the security administrator takes effect at the
	 * next login).
	 */
	public boolean sessionStillValid(StaffPrincipal principal) {
		return jdbc.sql("""
				select u.enabled, u.password_changed_at,
				       array(select r.role from staff_user_role r where r.staff_user = u.id) as roles
				from staff_user u where u.id = :id""")
			.param("id", principal.staff().userId())
			.query((rs, row) -> rs.getBoolean(1)
					&& rs.getTimestamp(2).toInstant().equals(principal.passwordChangedAt())
					&& sameRoles((Object[]) rs.getArray(3).getArray(), principal.staff().roles()))
			.optional()
			.orElse(false);
	}

	private static boolean sameRoles(Object[] stored, java.util.Set<Role> held) {
		java.util.Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
		for (Object role : stored) {
			roles.add(Role.valueOf((String) role));
		}
		return roles.equals(held);
	}

}
