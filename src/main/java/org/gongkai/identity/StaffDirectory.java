package org.gongkai.identity;

import java.time.Clock;
import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads staff members for authentication, with their agency and roles. */
@Service
class StaffDirectory implements UserDetailsService {

	private final StaffUserRepository users;

	private final AgencyDirectory agencies;

	private final Clock clock;

	private final PasswordRules rules;

	StaffDirectory(StaffUserRepository users, AgencyDirectory agencies, Clock clock, PasswordRules rules) {
		this.rules = rules;
		this.users = users;
		this.agencies = agencies;
		this.clock = clock;
	}

	@Override
	public StaffPrincipal loadUserByUsername(String username) {
		return principal(users.findByUsername(username))
			.orElseThrow(() -> new UsernameNotFoundException("no such staff user"));
	}

	Optional<StaffPrincipal> principal(long userId) {
		return principal(users.findById(userId));
	}

	private Optional<StaffPrincipal> principal(Optional<StaffUser> found) {
		return found.map(user -> {
			AgencyInfo agency = agencies.find(new AgencyId(user.agencyId())).orElseThrow();
			Staff staff = new Staff(user.id(), user.username(), agency.id(), agency.code(), agency.path(),
					user.roles());
			return new StaffPrincipal(staff, user.displayName(), user.passwordHash(), user.enabled(),
					user.passwordChangedAt(),
					rules.changeDue(user.mustChangePassword(), user.passwordChangedAt(), clock.instant()));
		});
	}

}
