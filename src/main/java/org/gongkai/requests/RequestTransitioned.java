package org.gongkai.requests;

import java.time.LocalDate;

import org.gongkai.audit.AuditableEvent;

/**
 * An application was registered ({@code step} null) or moved through the workflow; a move {@code to} CLOSED
 * carries the outcome the annual report counts.
 */
public record RequestTransitioned(long requestId, String trackingNumber, String agencyCode, RequestAction step,
		RequestStatus from, RequestStatus to, LocalDate on, Outcome outcome, LocalDate dueOn, String actor)
		implements AuditableEvent {

	@Override
	public String action() {
		return step == null ? "REQUEST_REGISTERED" : "REQUEST_" + step.name();
	}

	@Override
	public String subject() {
		return "request:" + trackingNumber;
	}

	@Override
	public String summary() {
		return (from == null ? "" : from + " -> ") + to + ", on=" + on + (outcome == null ? "" : ", outcome=" + outcome)
				+ ", dueOn=" + dueOn;
	}

}
