package org.gongkai.requests;

import java.util.Set;

import org.gongkai.identity.AgencyId;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.AgencyLevel;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.requests.RequestAction.EXTEND;
import static org.gongkai.requests.RequestAction.REPLY;
import static org.gongkai.requests.RequestAction.WITHDRAW;

/** The actions a view offers: the table's, of those this staff member may take for the application's agency. */
class RequestRolesTests {

	static final AgencyInfo BUREAU = new AgencyInfo(new AgencyId(2), "demo-bureau", "示例区某局", null,
			AgencyLevel.BUREAU, "demo", "/1/2/");

	private static final AgencyInfo OTHER = new AgencyInfo(new AgencyId(3), "demo-finance", "示例区财政局", null,
			AgencyLevel.BUREAU, "demo", "/1/3/");

	static Staff staff(Role... roles) {
		return new Staff(7, "someone", BUREAU.id(), BUREAU.code(), BUREAU.path(), Set.of(roles));
	}

	@Test
	@DisplayName("OGI art. 33 ¶2: only the head of the office is offered the extension")
	void onlyTheLeaderIsOfferedTheExtension() {
		assertThat(RequestRoles.allowed(RequestStatus.RECEIVED, staff(Role.LEADER), BUREAU))
			.containsExactlyElementsOf(Transitions.allowedActions(RequestStatus.RECEIVED));
		assertThat(RequestRoles.allowed(RequestStatus.RECEIVED, staff(Role.OFFICER), BUREAU)).contains(REPLY, WITHDRAW)
			.contains(RequestAction.REQUEST_EXTENSION)
			.doesNotContain(EXTEND, RequestAction.APPROVE_EXTENSION, RequestAction.REFUSE_EXTENSION)
			.hasSize(Transitions.allowedActions(RequestStatus.RECEIVED).size() - 3);
	}

	@Test
	void nobodyElseIsOfferedAnything() {
		assertThat(RequestRoles.allowed(RequestStatus.RECEIVED, staff(Role.EDITOR, Role.REVIEWER), BUREAU)).isEmpty();
		assertThat(RequestRoles.allowed(RequestStatus.RECEIVED, staff(Role.OFFICER, Role.LEADER), OTHER)).isEmpty();
		assertThat(RequestRoles.allowed(RequestStatus.RECEIVED, staff(Role.SUPERVISOR), BUREAU)).isEmpty();
	}

	@Test
	void aClosedApplicationOffersNothing() {
		assertThat(RequestRoles.allowed(RequestStatus.CLOSED, staff(Role.OFFICER, Role.LEADER), BUREAU)).isEmpty();
	}

}
