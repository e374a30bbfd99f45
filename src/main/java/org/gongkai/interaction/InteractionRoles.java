package org.gongkai.interaction;

import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;

/**
 * Who handles an agency's consultations, proposals, fixes, trainings and complaints: its disclosure office, that is
 * its OFFICERs and LEADERs (or an ADMIN above it).
 */
final class InteractionRoles {

	private InteractionRoles() {
	}

	static boolean handles(Staff staff, AgencyInfo agency) {
		return staff.canActFor(agency, Role.OFFICER) || staff.canActFor(agency, Role.LEADER)
				|| staff.canActFor(agency, Role.ADMIN);
	}

	static void requireHandler(Staff staff, AgencyInfo agency) {
		if (!handles(staff, agency)) {
			throw DomainException.notPermitted("interaction.handlerOnly");
		}
	}

}
