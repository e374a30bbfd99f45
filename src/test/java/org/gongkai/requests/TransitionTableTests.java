package org.gongkai.requests;

import java.util.stream.Stream;

import org.gongkai.platform.WrittenRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.requests.RequestAction.*;
import static org.gongkai.requests.RequestStatus.*;

/**
 * Every (state, action) pair against the statute: the moves written out here from OGI art. 30–37 and
 * 国办函〔2020〕109号 are allowed and lead where they should; every other pair is refused with 409 and changes
 * nothing.
 */
class TransitionTableTests {

	/** The expected table, written from the statute independently of {@link Transitions}. */
	private static final WrittenRule<RequestStatus, RequestAction> STATUTE = WrittenRule
		.of(RequestStatus.class, RequestAction.class)
		.allow(SUBMITTED, CONFIRM_RECEIPT, RECEIVED) // art. 31 (三): the day both sides confirm
		.allow(SUBMITTED, WITHDRAW, CLOSED)
		.allow(RECEIVED, REQUEST_CLARIFICATION, AWAITING_CLARIFICATION) // art. 30
		.allow(RECEIVED, START_CONSULTATION, IN_CONSULTATION) // art. 32, 34
		.allow(RECEIVED, SEND_FEE_NOTICE, AWAITING_PAYMENT) // 109号
		.allow(RECEIVED, EXTEND, RECEIVED) // art. 33 ¶2
		.allow(RECEIVED, REQUEST_EXTENSION, RECEIVED) // art. 33 ¶2: the officer asks, the clock runs on
		.allow(RECEIVED, APPROVE_EXTENSION, RECEIVED) // art. 33 ¶2: 经政府信息公开工作机构负责人同意
		.allow(RECEIVED, REFUSE_EXTENSION, RECEIVED)
		.allow(RECEIVED, REPLY, CLOSED) // art. 33, 36
		.allow(RECEIVED, WITHDRAW, CLOSED)
		.allow(AWAITING_CLARIFICATION, RECORD_CLARIFICATION, RECEIVED) // art. 30: clock restarts
		.allow(AWAITING_CLARIFICATION, CLOSE_UNCLARIFIED, CLOSED) // art. 30: 视为放弃申请
		.allow(AWAITING_CLARIFICATION, WITHDRAW, CLOSED)
		.allow(IN_CONSULTATION, END_CONSULTATION, RECEIVED) // art. 33 ¶3
		.allow(IN_CONSULTATION, WITHDRAW, CLOSED)
		.allow(AWAITING_PAYMENT, RECORD_PAYMENT, RECEIVED)
		.allow(AWAITING_PAYMENT, CLOSE_UNPAID, CLOSED) // 109号: 逾期未缴纳的视为放弃申请
		.allow(AWAITING_PAYMENT, WITHDRAW, CLOSED);

	static Stream<Arguments> everyPair() {
		return STATUTE.everyPair();
	}

	@ParameterizedTest(name = "{0} × {1}")
	@MethodSource("everyPair")
	@DisplayName("每个状态 × 每个操作")
	void everyPairIsDecidedByTheStatute(RequestStatus status, RequestAction action) {
		DisclosureRequest request = DisclosureRequests.in(status);
		DisclosureRequests.prepareFor(request, action);
		assertThat(request.status).isEqualTo(status);
		RequestStatus expected = STATUTE.next(status, action).orElse(null);
		if (expected == null) {
			assertThat(Transitions.allowedActions(status)).doesNotContain(action);
			assertThatThrownBy(() -> DisclosureRequests.act(request, DisclosureRequests.validCommand(action)))
				.isInstanceOf(TransitionNotAllowed.class);
			assertThat(request.status).isEqualTo(status);
		}
		else {
			assertThat(Transitions.allowedActions(status)).contains(action);
			DisclosureRequests.act(request, DisclosureRequests.validCommand(action));
			assertThat(request.status).isEqualTo(expected);
			assertThat(request.outcome != null).isEqualTo(expected == CLOSED);
		}
	}

	@Test
	void theTableAllowsExactlyWhatTheStatuteDoes() {
		STATUTE.assertAllowedExactlyBy(Transitions::allowedActions);
	}

	@Test
	void closingActionsSetTheirOutcome() {
		DisclosureRequest unclarified = DisclosureRequests.in(AWAITING_CLARIFICATION);
		DisclosureRequests.act(unclarified, DisclosureRequests.validCommand(CLOSE_UNCLARIFIED));
		assertThat(unclarified.outcome).isEqualTo(Outcome.OTHER_NO_CLARIFICATION);

		DisclosureRequest unpaid = DisclosureRequests.in(AWAITING_PAYMENT);
		DisclosureRequests.act(unpaid, DisclosureRequests.validCommand(CLOSE_UNPAID));
		assertThat(unpaid.outcome).isEqualTo(Outcome.OTHER_FEE_UNPAID);

		DisclosureRequest withdrawn = DisclosureRequests.in(RECEIVED);
		DisclosureRequests.act(withdrawn, DisclosureRequests.validCommand(WITHDRAW));
		assertThat(withdrawn.outcome).as("withdrawals count in R3.6.3").isEqualTo(Outcome.OTHER);
	}

	@Test
	void theDiagramShowsEveryMove() {
		assertThat(Transitions.mermaid()).contains("RECEIVED --> AWAITING_CLARIFICATION : REQUEST_CLARIFICATION")
			.contains("AWAITING_PAYMENT --> CLOSED : CLOSE_UNPAID");
	}

}
