package org.gongkai.requests;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.requests.DisclosureRequests.act;

/**
 * OGI art. 33 ¶2 as a to-do: the officer asks for an extension with its reason; the head of the office approves it
 * (the day of approval is the day of the decision, before the reply is due) or refuses it; once approved there is no
 * second one. The guards are the aggregate's (409); the table allows the moves from RECEIVED only.
 */
class ExtensionApprovalTests {

	private static final LocalDate RECEIVED_ON = LocalDate.of(2025, 3, 3);

	@Test
	@DisplayName("asked on 3/20, approved on 3/24: 20 more working days, the approval's day recorded")
	void anApprovedRequestExtendsTheDueDate() {
		DisclosureRequest request = DisclosureRequests.received(RECEIVED_ON);
		LocalDate due = request.dueOn;
		act(request, new RequestCommand.RequestExtension(LocalDate.of(2025, 3, 20), 20, "需要调取档案"));
		assertThat(request.extensionPending()).isTrue();
		assertThat(request.dueOn).as("asking changes nothing yet").isEqualTo(due);
		assertThat(request.extensionDays).isZero();

		act(request, new RequestCommand.DecideExtension(LocalDate.of(2025, 3, 24), true, null));
		assertThat(request.extensionPending()).isFalse();
		assertThat(request.extensionDays).isEqualTo(20);
		assertThat(request.extensionReason).isEqualTo("需要调取档案");
		assertThat(request.extensionApprovedOn).isEqualTo(LocalDate.of(2025, 3, 24));
		assertThat(request.dueOn).isEqualTo(DisclosureRequests.CALENDAR.addWorkingDays(RECEIVED_ON, 40));
		assertThat(request.status).isEqualTo(RequestStatus.RECEIVED);
	}

	@Test
	@DisplayName("approval after the due date, without a request, or a second request: refused (409)")
	void theGuardsOfTheDecision() {
		DisclosureRequest none = DisclosureRequests.received(RECEIVED_ON);
		assertThatThrownBy(() -> act(none, new RequestCommand.DecideExtension(LocalDate.of(2025, 3, 24), true, null)))
			.isInstanceOf(TransitionNotAllowed.class)
			.extracting("messageKey")
			.isEqualTo("requests.extension.noneRequested");

		DisclosureRequest late = DisclosureRequests.received(RECEIVED_ON);
		act(late, new RequestCommand.RequestExtension(LocalDate.of(2025, 3, 28), 10, "需要调取档案"));
		LocalDate afterDue = late.dueOn.plusDays(1);
		assertThatThrownBy(() -> act(late, new RequestCommand.DecideExtension(afterDue, true, null)))
			.isInstanceOf(TransitionNotAllowed.class)
			.extracting("messageKey")
			.isEqualTo("requests.extension.afterDue");
		assertThatThrownBy(() -> act(late, new RequestCommand.RequestExtension(LocalDate.of(2025, 3, 28), 10, "再次")))
			.isInstanceOf(TransitionNotAllowed.class)
			.extracting("messageKey")
			.isEqualTo("requests.extension.alreadyRequested");

		act(late, new RequestCommand.DecideExtension(LocalDate.of(2025, 3, 28), true, null));
		assertThatThrownBy(() -> act(late, new RequestCommand.RequestExtension(LocalDate.of(2025, 3, 28), 5, "三次")))
			.isInstanceOf(TransitionNotAllowed.class)
			.extracting("messageKey")
			.isEqualTo("requests.extension.once");
	}

	@Test
	@DisplayName("a refusal needs its reason, keeps the due date and lets the officer ask again")
	void aRefusalKeepsTheDueDate() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> new RequestCommand.DecideExtension(LocalDate.of(2025, 3, 24), false, " "))
			.extracting("field")
			.isEqualTo("reason");
		DisclosureRequest request = DisclosureRequests.received(RECEIVED_ON);
		LocalDate due = request.dueOn;
		act(request, new RequestCommand.RequestExtension(LocalDate.of(2025, 3, 20), 20, "需要调取档案"));
		act(request, new RequestCommand.DecideExtension(LocalDate.of(2025, 3, 21), false, "材料已齐备，可按期答复"));
		assertThat(request.extensionPending()).isFalse();
		assertThat(request.extensionDays).isZero();
		assertThat(request.dueOn).isEqualTo(due);
		act(request, new RequestCommand.RequestExtension(LocalDate.of(2025, 3, 24), 10, "第三方意见未到"));
		assertThat(request.extensionPending()).isTrue();
	}

	@Test
	@DisplayName("the view offers the head a decision only while a request waits, and no new request while it does")
	void theAllowedActionsFollowThePendingRequest() {
		org.gongkai.identity.AgencyInfo bureau = RequestRolesTests.BUREAU;
		DisclosureRequest request = DisclosureRequests.received(RECEIVED_ON);
		assertThat(RequestRoles.allowed(request, RequestRolesTests.staff(org.gongkai.identity.Role.LEADER), bureau))
			.contains(RequestAction.EXTEND, RequestAction.REQUEST_EXTENSION)
			.doesNotContain(RequestAction.APPROVE_EXTENSION, RequestAction.REFUSE_EXTENSION);
		act(request, new RequestCommand.RequestExtension(LocalDate.of(2025, 3, 20), 20, "需要调取档案"));
		assertThat(RequestRoles.allowed(request, RequestRolesTests.staff(org.gongkai.identity.Role.LEADER), bureau))
			.contains(RequestAction.APPROVE_EXTENSION, RequestAction.REFUSE_EXTENSION)
			.doesNotContain(RequestAction.EXTEND, RequestAction.REQUEST_EXTENSION);
		assertThat(RequestRoles.allowed(request, RequestRolesTests.staff(org.gongkai.identity.Role.OFFICER), bureau))
			.as("only the head decides")
			.doesNotContain(RequestAction.APPROVE_EXTENSION, RequestAction.REFUSE_EXTENSION);
	}

}
