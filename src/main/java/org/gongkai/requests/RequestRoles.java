package org.gongkai.requests;

import java.util.Collections;
import java.util.EnumSet;
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

	/** The roles that handle an agency's applications, and to whose holders one may be assigned. */
	static final Set<Role> HANDLERS = Collections.unmodifiableSet(EnumSet.of(Role.OFFICER, Role.LEADER));

	private RequestRoles() {
	}

	/** Whether the staff member may take the action on an application of the agency. */
	static boolean may(Staff staff, AgencyInfo agency, RequestAction action) {
		return leadersOnly(action) ? staff.canActFor(agency, Role.LEADER) : handles(staff, agency);
	}

	/** The head of the office extends, and approves or refuses an extension an officer asked for (art. 33 ¶2). */
	static boolean leadersOnly(RequestAction action) {
		return action == RequestAction.EXTEND || action == RequestAction.APPROVE_EXTENSION
				|| action == RequestAction.REFUSE_EXTENSION;
	}

	/** Disclosure officers and the head of the office handle their agency's applications. */
	static boolean handles(Staff staff, AgencyInfo agency) {
		return HANDLERS.stream().anyMatch(role -> staff.canActFor(agency, role));
	}

	/** The actions the table allows in the state that this staff member may take for the agency. */
	static Set<RequestAction> allowed(RequestStatus status, Staff staff, AgencyInfo agency) {
		Set<RequestAction> allowed = new LinkedHashSet<>(Transitions.allowedActions(status));
		allowed.removeIf(action -> !may(staff, agency, action));
		return Collections.unmodifiableSet(allowed);
	}

	/**
	 * Like {@link #allowed(RequestStatus, Staff, AgencyInfo)}, without the extension steps that the application's own
	 * state rules out now: once extended, no other extension; a decision only on a pending request, and no new
	 * request or direct extension while one waits.
	 */
	static Set<RequestAction> allowed(DisclosureRequest request, Staff staff, AgencyInfo agency) {
		Set<RequestAction> allowed = new LinkedHashSet<>(allowed(request.status, staff, agency));
		boolean pending = request.extensionPending();
		boolean extended = request.extensionDays > 0;
		allowed.removeIf(action -> switch (action) {
			case EXTEND, REQUEST_EXTENSION -> pending || extended;
			case APPROVE_EXTENSION, REFUSE_EXTENSION -> !pending;
			default -> false;
		});
		return Collections.unmodifiableSet(allowed);
	}

}
