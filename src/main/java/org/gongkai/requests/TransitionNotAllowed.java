package org.gongkai.requests;

import org.gongkai.platform.DomainException;

/** The transition table, or a statutory guard on top of it, refuses an action in the current state (409). */
public class TransitionNotAllowed extends DomainException {

	public TransitionNotAllowed(RequestStatus status, RequestAction action) {
		super(Kind.CONFLICT, "action", "requests.transition.notAllowed", action, status);
	}

	/** A guard beyond the table refused: the message key says which rule. */
	public TransitionNotAllowed(String field, String messageKey, Object... arguments) {
		super(Kind.CONFLICT, field, messageKey, arguments);
	}

}
