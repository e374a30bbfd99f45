package org.gongkai.identity;

import java.util.Collection;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated staff member as Spring Security holds it; controllers take {@link #staff()} from it. */
public final class StaffPrincipal implements UserDetails, CredentialsContainer {

	/**
	 * The role name ({@code hasRole('PLATFORM_ADMIN')}) held besides {@code ADMIN} by the platform's root
	 * administrator ({@link Staff#isPlatformAdministrator()}), for modules that check it without reading identity.
	 */
	public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";

	private final Staff staff;

	private final String displayName;

	private String passwordHash;

	private final boolean enabled;

	private final java.time.Instant passwordChangedAt;

	private final boolean passwordChangeDue;

	StaffPrincipal(Staff staff, String displayName, String passwordHash, boolean enabled,
			java.time.Instant passwordChangedAt, boolean passwordChangeDue) {
		this.passwordChangeDue = passwordChangeDue;
		this.passwordChangedAt = passwordChangedAt;
		this.staff = staff;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
	}

	public Staff staff() {
		return staff;
	}

	public String displayName() {
		return displayName;
	}

	/** When the password this login proved was set: a session outlives no later change of it. */
	java.time.Instant passwordChangedAt() {
		return passwordChangedAt;
	}

	/**
	 * Whether the password must be changed before anything else (set by someone else, or older than
	 * {@code gongkai.security.password.max-age}): the back office opens only the account page until it is.
	 */
	public boolean passwordChangeDue() {
		return passwordChangeDue;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		java.util.List<SimpleGrantedAuthority> authorities = new java.util.ArrayList<>(
				staff.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
		if (staff.isPlatformAdministrator()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + PLATFORM_ADMIN));
		}
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return staff.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		// no lock-out: repeated failures bring a proof-of-work challenge instead (issue 19)
		return true;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/** The same staff member: the session registry finds a user's sessions by it. */
	@Override
	public boolean equals(Object other) {
		return other instanceof StaffPrincipal principal && principal.getUsername().equals(getUsername());
	}

	@Override
	public int hashCode() {
		return getUsername().hashCode();
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

}
