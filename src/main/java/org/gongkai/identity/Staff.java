package org.gongkai.identity;

import java.util.Set;

/**
 * The staff member on whose behalf a use case runs, with the rules about which agencies they may read and act for.
 * Use cases take it as an argument; it never comes from a static holder.
 */
public record Staff(long userId, String username, AgencyId agencyId, String agencyCode, String agencyPath,
		Set<Role> roles) implements java.io.Serializable {

	public Staff {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/**
	 * The platform's root administrator: an ADMIN of the root agency (the top of the tree). Only they change national
	 * data (the working-day calendar every agency's deadlines count on) and start platform-wide operations (index
	 * rebuilds), and only they read the whole audit trail.
	 */
	public boolean isPlatformAdministrator() {
		return has(Role.ADMIN) && agencyPath.chars().filter(c -> c == '/').count() == 2;
	}

	/**
	 * The platform's auditor: an AUDITOR of the root agency, who reads the whole audit trail, platform-wide entries
	 * included.
	 */
	public boolean isPlatformAuditor() {
		return has(Role.AUDITOR) && agencyPath.chars().filter(c -> c == '/').count() == 2;
	}

	/** Every staff member reads their own agency and those below it. */
	public boolean canRead(AgencyInfo agency) {
		return agency.path().startsWith(agencyPath);
	}

	/**
	 * Acting for an agency: each of the three administrators (ADMIN, SECURITY_ADMIN, AUDITOR) for their agency and
	 * those below; other roles for their own agency only; a SUPERVISOR for none (it only reads).
	 */
	public boolean canActFor(AgencyInfo agency, Role role) {
		if (!has(role) || role == Role.SUPERVISOR) {
			return false;
		}
		return role.administrative() ? canRead(agency) : agency.id().equals(agencyId);
	}

}
