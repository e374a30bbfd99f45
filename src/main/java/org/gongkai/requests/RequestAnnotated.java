package org.gongkai.requests;

import org.gongkai.audit.AuditableEvent;

/**
 * Something was added to an application that is not a step of the workflow: an internal note, an assignment to an
 * officer, a file the officers attached. The summary names it without its content (a note may hold personal data).
 */
public record RequestAnnotated(long requestId, String trackingNumber, String agencyCode, String action,
		String summary, String actor) implements AuditableEvent {

	@Override
	public String subject() {
		return "request:" + trackingNumber;
	}

}
