package org.gongkai.identity;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A staff member's account: credentials, roles, and the count of attempts since the last successful login. */
class StaffUser {

	@Id
	private Long id;

	@Version
	private Integer version;

	private final String username;

	private String displayName;

	private String passwordHash;

	private final Long agencyId;

	private boolean enabled;

	private int failedLogins;

	private Instant loginWaitUntil;

	private final Instant createdAt;

	private Instant passwordChangedAt;

	private boolean mustChangePassword;

	@MappedCollection(idColumn = "staff_user")
	private Set<RoleGrant> roles;

	@PersistenceCreator
	StaffUser(Long id, Integer version, String username, String displayName, String passwordHash, Long agencyId,
			boolean enabled, int failedLogins, Instant loginWaitUntil, Instant createdAt, Instant passwordChangedAt,
			boolean mustChangePassword, Set<RoleGrant> roles) {
		this.id = id;
		this.version = version;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.agencyId = agencyId;
		this.enabled = enabled;
		this.failedLogins = failedLogins;
		this.loginWaitUntil = loginWaitUntil;
		this.createdAt = createdAt;
		this.passwordChangedAt = passwordChangedAt;
		this.mustChangePassword = mustChangePassword;
		this.roles = roles;
	}

	static StaffUser create(String username, String displayName, String passwordHash, long agencyId,
			Set<Role> roles, Instant now, boolean mustChangePassword) {
		return new StaffUser(null, null, username, displayName, passwordHash, agencyId, true, 0, null, now, now,
				mustChangePassword, roles.stream().map(RoleGrant::new).collect(Collectors.toSet()));
	}

	/** Clears the failure count; answers whether there was anything to clear. */
	boolean recordSuccessfulLogin() {
		boolean changed = failedLogins > 0 || loginWaitUntil != null;
		failedLogins = 0;
		loginWaitUntil = null;
		return changed;
	}

	void changePassword(String newHash, Instant now) {
		passwordHash = newHash;
		passwordChangedAt = now;
		mustChangePassword = false;
		recordSuccessfulLogin();
	}

	Set<Role> roles() {
		return roles.stream().map(RoleGrant::role).collect(Collectors.toSet());
	}

	Long id() {
		return id;
	}

	String username() {
		return username;
	}

	String displayName() {
		return displayName;
	}

	String passwordHash() {
		return passwordHash;
	}

	Long agencyId() {
		return agencyId;
	}

	boolean enabled() {
		return enabled;
	}

	Instant passwordChangedAt() {
		return passwordChangedAt;
	}

	/** Whether the password was set by someone else (initial or reset) and must be changed at the next login. */
	boolean mustChangePassword() {
		return mustChangePassword;
	}

	/** One role held by a user (a row of {@code staff_user_role}). */
	@Table("staff_user_role")
	record RoleGrant(Role role) {
	}

}
