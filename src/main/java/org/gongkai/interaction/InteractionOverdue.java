package org.gongkai.interaction;

import java.time.LocalDate;

import org.gongkai.audit.SystemEvent;

/**
 * The daily watch found an item past its due date: a consultation unanswered after its due date (a reminder) or
 * after the 3-month limit, a proposal unanswered, or a finding not fixed by its deadline (escalated to the
 * supervisor).
 */
public record InteractionOverdue(String agencyCode, String subject, String action, LocalDate dueOn)
		implements SystemEvent {

	@Override
	public String summary() {
		return "dueOn=" + dueOn;
	}

}
