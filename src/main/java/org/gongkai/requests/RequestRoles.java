package org.gongkai.requests;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;

/**
 * Who may move an application of an agency: its disclosure officers and the head of its office handle it; only the
 * head extends the reply period (OGI art. 33 ¶2: "应当经政府信息公开工作机构负责人同意").
 */
final class RequestRoles {

	private RequestRoles() {
	}

	/** Whether the staff member may take the action on an application of the agency. */
	static boolean may(Staff staff, AgencyInfo agency, RequestAction action) {
		return action == RequestAction.EXTEND ? staff.canActFor(agency, Role.LEADER) : handles(staff, agency);
	}

	/** Disclosure officers and the head of the office handle their agency's applications. */
	static boolean handles(Staff staff, AgencyInfo agency) {
		return staff.canActFor(agency, Role.OFFICER) || staff.canActFor(agency, Role.LEADER);
	}

	/** The actions the table allows in the state that this staff member may take for the agency. */
	static Set<RequestAction> allowed(RequestStatus status, Staff staff, AgencyInfo agency) {
		Set<RequestAction> allowed = new LinkedHashSet<>(Transitions.allowedActions(status));
		allowed.removeIf(action -> !may(staff, agency, action));
		return Collections.unmodifiableSet(allowed);
	}

}
