package org.gongkai.requests;

import org.gongkai.audit.SystemEvent;

/** The dates of an open application moved because the notice of {@code year} was entered, corrected or removed. */
public record DatesRecounted(long requestId, String trackingNumber, String agencyCode, int year, String details)
		implements SystemEvent {

	@Override
	public String action() {
		return "REQUEST_DATES_RECOUNTED";
	}

	@Override
	public String subject() {
		return "request:" + trackingNumber;
	}

	@Override
	public String summary() {
		return details;
	}

}
