package org.gongkai.interaction;

import java.time.LocalDate;
import java.util.Set;

/**
 * A consultation as the ledger (台账) shows it to staff; the asker's phone, and any phone number in the question
 * (a hand-over from the assistant carries the conversation), masked.
 *
 * @param dueOnProvisional the due date was counted over a year whose holiday notice is not entered yet
 * @param overdue unhandled past the due date
 * @param handledLate handled after the due date
 * @param beyondLimit unhandled for longer than the website indicators' 3 months (still, or when it was handled)
 * @param nearLimit unhandled and within {@value InteractionQueries#NEAR_LIMIT_DAYS} days of the 3-month limit
 * @param allowedActions what the reader may do with it now: the table's actions, if the reader handles its agency
 */
public record ConsultationView(long id, String trackingNumber, String agencyCode, String agencyName,
		String askerName, String askerPhone, String askerEmail, String subject, String question,
		boolean publishAgreed, ConsultationStatus status, LocalDate receivedOn, LocalDate dueOn,
		boolean dueOnProvisional, LocalDate limitOn,
		LocalDate handledOn, String handledBy, String answer, boolean published, String reason,
		String forwardedTo, String forwardedToAgency, String forwardedFrom, boolean overdue, boolean handledLate,
		boolean beyondLimit, boolean nearLimit, Set<Triage> allowedActions) {

	/** 138****5678, by the one masking of phone numbers ({@link org.gongkai.platform.ContactDetails#maskPhones}). */
	static String mask(String phone) {
		return org.gongkai.platform.ContactDetails.maskPhones(phone);
	}

}
