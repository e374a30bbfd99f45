package org.gongkai.requests;

import java.util.Optional;
import java.util.Set;

import org.gongkai.platform.TransitionTable;

import static org.gongkai.requests.RequestAction.APPROVE_EXTENSION;
import static org.gongkai.requests.RequestAction.CLOSE_UNCLARIFIED;
import static org.gongkai.requests.RequestAction.CLOSE_UNPAID;
import static org.gongkai.requests.RequestAction.CONFIRM_RECEIPT;
import static org.gongkai.requests.RequestAction.END_CONSULTATION;
import static org.gongkai.requests.RequestAction.EXTEND;
import static org.gongkai.requests.RequestAction.RECORD_CLARIFICATION;
import static org.gongkai.requests.RequestAction.RECORD_PAYMENT;
import static org.gongkai.requests.RequestAction.REFUSE_EXTENSION;
import static org.gongkai.requests.RequestAction.REPLY;
import static org.gongkai.requests.RequestAction.REQUEST_CLARIFICATION;
import static org.gongkai.requests.RequestAction.REQUEST_EXTENSION;
import static org.gongkai.requests.RequestAction.SEND_FEE_NOTICE;
import static org.gongkai.requests.RequestAction.START_CONSULTATION;
import static org.gongkai.requests.RequestAction.WITHDRAW;
import static org.gongkai.requests.RequestStatus.AWAITING_CLARIFICATION;
import static org.gongkai.requests.RequestStatus.AWAITING_PAYMENT;
import static org.gongkai.requests.RequestStatus.CLOSED;
import static org.gongkai.requests.RequestStatus.IN_CONSULTATION;
import static org.gongkai.requests.RequestStatus.RECEIVED;
import static org.gongkai.requests.RequestStatus.SUBMITTED;

/**
 * The one transition table of the request workflow: state × action → next state. It alone decides the guards of
 * {@link DisclosureRequest}, the buttons the back office shows, and the diagram in the README. Rules that depend on
 * dates (once only, within 7 working days, before the due date) are checked by the aggregate on top of it.
 */
public final class Transitions {

	static final TransitionTable<RequestStatus, RequestAction> TABLE = TransitionTable
		.builder(RequestStatus.class, RequestAction.class, "requests.transition.notAllowed")
		.initial(SUBMITTED)
		.initial(RECEIVED)
		.from(SUBMITTED).on(CONFIRM_RECEIPT, RECEIVED).on(WITHDRAW, CLOSED)
		.from(RECEIVED).on(REQUEST_CLARIFICATION, AWAITING_CLARIFICATION)
		.on(START_CONSULTATION, IN_CONSULTATION)
		.on(SEND_FEE_NOTICE, AWAITING_PAYMENT)
		.on(EXTEND, RECEIVED)
		.on(REQUEST_EXTENSION, RECEIVED)
		.on(APPROVE_EXTENSION, RECEIVED)
		.on(REFUSE_EXTENSION, RECEIVED)
		.on(REPLY, CLOSED)
		.on(WITHDRAW, CLOSED)
		.from(AWAITING_CLARIFICATION).on(RECORD_CLARIFICATION, RECEIVED)
		.on(CLOSE_UNCLARIFIED, CLOSED)
		.on(WITHDRAW, CLOSED)
		.from(IN_CONSULTATION).on(END_CONSULTATION, RECEIVED).on(WITHDRAW, CLOSED)
		.from(AWAITING_PAYMENT).on(RECORD_PAYMENT, RECEIVED).on(CLOSE_UNPAID, CLOSED).on(WITHDRAW, CLOSED)
		.from(CLOSED)
		.build();

	private Transitions() {
	}

	/** The state an action leads to from a state, or empty when the table does not allow it. */
	public static Optional<RequestStatus> next(RequestStatus from, RequestAction action) {
		return TABLE.next(from, action);
	}

	/** The actions the table allows in a state, in the table's order. */
	public static Set<RequestAction> allowedActions(RequestStatus from) {
		return TABLE.allowed(from);
	}

	/** The table as a Mermaid state diagram, for the README. */
	public static String mermaid() {
		return TABLE.mermaid();
	}

}
