package org.gongkai.identity;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongkai.platform.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants and withdraws roles (三员分立, issue 19): a SECURITY_ADMIN of the account's agency, or of one above it, sets
 * another staff member's roles; nobody changes their own. No account holds two of the three administrators' roles
 * ({@link Role#administrative()}). Every change is audited ({@code STAFF_ROLES_CHANGED}), and the account's sessions end
 * at their next request ({@link AccountAdministration#sessionStillValid}).
 */
@Service
public class RoleGrants {

	private final StaffAccounts accounts;

	private final AgencyDirectory agencies;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	RoleGrants(StaffAccounts accounts, AgencyDirectory agencies, ApplicationEventPublisher events, JdbcClient jdbc) {
		this.accounts = accounts;
		this.agencies = agencies;
		this.events = events;
		this.jdbc = jdbc;
	}

	/** Whether the staff member may set the roles of the account. */
	public boolean grants(Staff actor, StaffAccount account) {
		return account.id() != actor.userId() && agencies.findByCode(account.agencyCode())
			.filter(agency -> actor.canActFor(agency, Role.SECURITY_ADMIN))
			.isPresent();
	}

	/** Sets the roles of the account of {@code userId} to exactly {@code roles}. */
	@Transactional
	public StaffAccount grant(Staff actor, long userId, Set<Role> roles) {
		StaffAccount account = accounts.account(userId)
			.filter(found -> agencies.findByCode(found.agencyCode()).filter(actor::canRead).isPresent())
			.orElseThrow(() -> DomainException.notFound("identity.user.notFound", userId));
		if (!grants(actor, account)) {
			throw DomainException.notPermitted("identity.user.securityAdminOnly");
		}
		if (roles == null || roles.isEmpty()) {
			throw DomainException.invalid("roles", "identity.user.rolesRequired");
		}
		checkSeparated(roles);
		Set<Role> before = account.roles();
		if (!before.equals(roles)) {
			jdbc.sql("delete from staff_user_role where staff_user = :id").param("id", userId).update();
			for (Role role : EnumSet.copyOf(roles)) {
				jdbc.sql("insert into staff_user_role (staff_user, role) values (:id, :role)")
					.param("id", userId)
					.param("role", role.name())
					.update();
			}
			jdbc.sql("update staff_user set version = version + 1 where id = :id").param("id", userId).update();
			events.publishEvent(new StaffAccountChanged(account.username(), account.agencyCode(),
					"STAFF_ROLES_CHANGED", "roles=" + names(roles) + "; before=" + names(before), actor.username()));
		}
		return accounts.account(userId).orElseThrow();
	}

	/** Refuses a set of roles that gives one account two of the three administrators' roles. */
	static void checkSeparated(Set<Role> roles) {
		if (roles.stream().filter(Role::administrative).count() > 1) {
			throw DomainException.invalid("roles", "identity.user.separatedAdministrators");
		}
	}

	private static String names(Set<Role> roles) {
		return EnumSet.copyOf(roles).stream().map(Role::name).collect(Collectors.joining(","));
	}

}
