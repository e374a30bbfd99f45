package org.gongkai.requests;

import java.time.LocalDate;

import org.gongkai.audit.SystemEvent;

/** The daily scan found an application past its reply deadline (or, with {@code dueSoon}, about to be). */
public record RequestOverdue(long requestId, String trackingNumber, String agencyCode, LocalDate dueOn,
		boolean dueSoon) implements SystemEvent {

	@Override
	public String action() {
		return dueSoon ? "REQUEST_DUE_SOON" : "REQUEST_OVERDUE";
	}

	@Override
	public String subject() {
		return "request:" + trackingNumber;
	}

	@Override
	public String summary() {
		return "dueOn=" + dueOn;
	}

}
