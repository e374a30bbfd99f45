package org.gongkai.identity;

import java.util.Collection;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated staff member as Spring Security holds it; controllers take {@link #staff()} from it. */
public final class StaffPrincipal implements UserDetails, CredentialsContainer {

	private final Staff staff;

	private final String displayName;

	private String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	private final java.time.Instant passwordChangedAt;

	StaffPrincipal(Staff staff, String displayName, String passwordHash, boolean enabled, boolean locked,
			java.time.Instant passwordChangedAt) {
		this.passwordChangedAt = passwordChangedAt;
		this.staff = staff;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
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

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return staff.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
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
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

}
