package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The history of an application as its applicant may see it: the dated public steps of the same timeline the clock
 * and the annual report read (received, clarification asked and answered, consultation started and ended, fee notice
 * and payment, extension, reply, information provided, dates recounted), and the next step expected. No staff name,
 * internal note, consulted party or reason typed by staff appears: an entry holds a date and a step only.
 */
public record PublicTimeline(List<Entry> entries, Next next) {

	/** The timeline's steps the applicant sees; assignments to officers and anything else are left out. */
	static final Set<String> PUBLIC_STEPS = Set.of("REGISTERED", "CONFIRM_RECEIPT", "REQUEST_CLARIFICATION",
			"RECORD_CLARIFICATION", "CLOSE_UNCLARIFIED", "START_CONSULTATION", "END_CONSULTATION", "SEND_FEE_NOTICE",
			"RECORD_PAYMENT", "CLOSE_UNPAID", "EXTEND", "APPROVE_EXTENSION", "REPLY", "WITHDRAW", "ATTACHED",
			"DATES_RECOUNTED");

	/** A dated step; {@code step} names its sentence ({@code status.timeline.STEP}). */
	public record Entry(LocalDate on, String step) {
	}

	/**
	 * What happens next and by when: the office's reply, the applicant's clarification or payment, the consulted
	 * party's answer; {@code step} is the application's status ({@code status.next.STATUS}), {@code by} null when no
	 * date applies.
	 */
	public record Next(RequestStatus step, LocalDate by, boolean provisional) {
	}

	static PublicTimeline of(DisclosureRequest r, List<RequestEvent> events, boolean provisional) {
		// the information provided is the applicant's with the reply, not while the office prepares it
		List<Entry> entries = events.stream()
			.filter(event -> PUBLIC_STEPS.contains(event.action()))
			.filter(event -> !"ATTACHED".equals(event.action()) || r.status == RequestStatus.CLOSED)
			.map(event -> new Entry(event.on(), "REGISTERED".equals(event.action())
					&& event.to() == RequestStatus.SUBMITTED ? "SUBMITTED" : event.action()))
			.toList();
		LocalDate by = switch (r.status) {
			case RECEIVED -> r.dueOn;
			case AWAITING_CLARIFICATION -> r.clarificationDueOn;
			case IN_CONSULTATION -> r.consultationDueOn;
			case AWAITING_PAYMENT -> r.feeDueOn;
			case SUBMITTED, CLOSED -> null;
		};
		return new PublicTimeline(entries, r.status == RequestStatus.CLOSED ? null
				: new Next(r.status, by, provisional));
	}

}
