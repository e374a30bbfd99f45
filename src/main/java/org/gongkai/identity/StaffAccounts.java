package org.gongkai.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.gongkai.platform.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens staff accounts, changes passwords, and lists the accounts of an agency that hold a role. */
@Service
public class StaffAccounts {

	private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,39}");

	private static final String ACCOUNTS = """
			select u.id, u.username, u.display_name, a.code, a.name, u.enabled,
			       array(select r.role from staff_user_role r where r.staff_user = u.id order by r.role) as roles
			from staff_user u join agency a on a.id = u.agency_id""";

	private final StaffUserRepository users;

	private final AgencyDirectory agencies;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final PasswordRules rules;

	StaffAccounts(StaffUserRepository users, AgencyDirectory agencies, PasswordEncoder passwords,
			ApplicationEventPublisher events, JdbcClient jdbc, Clock clock, PasswordRules rules) {
		this.rules = rules;
		this.users = users;
		this.agencies = agencies;
		this.passwords = passwords;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * An ADMIN (the system administrator) opens an account for their agency or one below it, with an initial password
	 * its owner must change at the first login. The roles of the security administrator and of the auditor are not
	 * theirs to give: only a security administrator grants them ({@link RoleGrants}, 三员分立).
	 */
	@Transactional
	public StaffAccount create(Staff actor, NewStaffAccount request) {
		AgencyInfo agency = agencies.readable(actor, requireText("agencyCode", request.agencyCode()));
		if (!actor.canActFor(agency, Role.ADMIN)) {
			throw DomainException.notPermitted("identity.user.adminOnly");
		}
		if (request.roles() != null && !CREATABLE_BY_ADMIN.containsAll(request.roles())) {
			throw DomainException.notPermitted("identity.user.grantedBySecurityAdmin");
		}
		return open(agency, request, actor.username(), true);
	}

	/** The roles a system administrator may give a new account. */
	public static final java.util.Set<Role> CREATABLE_BY_ADMIN = java.util.Collections
		.unmodifiableSet(EnumSet.complementOf(EnumSet.of(Role.SECURITY_ADMIN, Role.AUDITOR)));

	/** Opens an account on behalf of the platform (first start); does nothing when the username exists. */
	@Transactional
	public void ensure(NewStaffAccount request) {
		ensure(request, false);
	}

	/**
	 * Opens an account on behalf of the platform; {@code mustChangePassword}: its owner changes the password at the
	 * first login (a generated initial password that was printed in the log).
	 */
	@Transactional
	public void ensure(NewStaffAccount request, boolean mustChangePassword) {
		if (!users.existsByUsername(request.username())) {
			AgencyInfo agency = agencies.findByCode(request.agencyCode()).orElseThrow();
			open(agency, request, "system", mustChangePassword);
		}
	}

	private StaffAccount open(AgencyInfo agency, NewStaffAccount request, String actor, boolean mustChangePassword) {
		String username = requireText("username", request.username());
		if (!USERNAME.matcher(username).matches()) {
			throw DomainException.invalid("username", "identity.user.usernameFormat");
		}
		if (request.roles() == null || request.roles().isEmpty()) {
			throw DomainException.invalid("roles", "identity.user.rolesRequired");
		}
		RoleGrants.checkSeparated(request.roles());
		rules.check("password", username, request.password());
		if (users.existsByUsername(username)) {
			throw DomainException.conflict("username", "identity.user.usernameTaken", username);
		}
		String displayName = request.displayName() == null || request.displayName().isBlank() ? username
				: request.displayName().strip();
		StaffUser saved = users.save(StaffUser.create(username, displayName, passwords.encode(request.password()),
				agency.id().value(), EnumSet.copyOf(request.roles()), clock.instant(), mustChangePassword));
		events.publishEvent(new StaffAccountCreated(username, agency.code(), request.roles(), actor));
		return account(saved.id()).orElseThrow();
	}

	/** A staff member changes their own password, proving they know the current one. */
	@Transactional
	public void changePassword(Staff actor, String currentPassword, String newPassword) {
		StaffUser user = users.findById(actor.userId()).orElseThrow();
		if (currentPassword == null || !passwords.matches(currentPassword, user.passwordHash())) {
			throw DomainException.invalid("currentPassword", "identity.password.currentWrong");
		}
		rules.check("newPassword", user.username(), newPassword);
		if (passwords.matches(newPassword, user.passwordHash())) {
			throw DomainException.invalid("newPassword", "identity.password.same");
		}
		user.changePassword(passwords.encode(newPassword), clock.instant());
		users.save(user);
		// the other sessions end at their next request (SessionValidity); the API tokens end now
		AccountAdministration.revokeTokens(jdbc, user.id(), clock.instant());
		events.publishEvent(new StaffAccountChanged(user.username(), actor.agencyCode(), "PASSWORD_CHANGED", "",
				actor.username()));
	}

	public boolean exists(String username) {
		return users.existsByUsername(username);
	}

	/** The accounts of every agency the staff member may read. */
	public List<StaffAccount> readableBy(Staff staff) {
		return query(" where a.path like :prefix order by a.path, u.username", "prefix", staff.agencyPath() + "%");
	}

	public Optional<StaffAccount> account(long id) {
		return query(" where u.id = :id", "id", id).stream().findFirst();
	}

	/**
	 * The enabled accounts of the agency itself (not those below it) that hold at least one of the roles, by
	 * username: the staff a use case may give work to, such as an application to its disclosure officers.
	 */
	public List<StaffAccount> holding(AgencyId agency, Set<Role> roles) {
		if (roles.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(ACCOUNTS + """
				 where u.agency_id = :agency and u.enabled and exists (select 1 from staff_user_role h
				       where h.staff_user = u.id and h.role in (:roles))
				order by u.username""")
			.param("agency", agency.value())
			.param("roles", roles.stream().map(Role::name).toList())
			.query((rs, row) -> account(rs))
			.list();
	}

	private List<StaffAccount> query(String where, String name, Object value) {
		return jdbc.sql(ACCOUNTS + where).param(name, value).query((rs, row) -> account(rs)).list();
	}

	/** An account of a row with the columns of {@link #query} ({@code a} the agency). */
	static StaffAccount account(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new StaffAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("code"), rs.getString("name"), roles(rs), rs.getBoolean("enabled"));
	}

	private static java.util.Set<Role> roles(java.sql.ResultSet rs) throws java.sql.SQLException {
		EnumSet<Role> roles = EnumSet.noneOf(Role.class);
		for (Object role : (Object[]) rs.getArray("roles").getArray()) {
			roles.add(Role.valueOf((String) role));
		}
		return roles;
	}

	private static String requireText(String field, String value) {
		if (value == null || value.isBlank()) {
			throw DomainException.invalid(field, "validation.required");
		}
		return value.strip();
	}

}
