package org.gongkai.requests;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the applicant sees with the tracking number and query code: the stage, the dates, the outcome.
 * {@code clarifiedOn} and {@code clarifiedContent} are the applicant's clarification once recorded (online or by the
 * office), so that the applicant sees what the office now works on. {@code provisionalYear} is set when a date shown was counted over a year whose holiday notice is not entered yet.
 */
public record PublicStatus(long id, String trackingNumber, String agencyName, RequestStatus status,
		Instant submittedAt, LocalDate receivedOn, LocalDate dueOn, boolean dueOnProvisional,
		String clarificationItems, LocalDate clarificationDueOn, BigDecimal feeAmountYuan, LocalDate feeDueOn,
		boolean pendingDueOnProvisional, Integer provisionalYear, Outcome outcome, LocalDate closedOn,
		String description, LocalDate clarifiedOn, String clarifiedContent) {

	/** Whether the office asked for a clarification that the applicant may still send (OGI art. 30). */
	public boolean awaitingClarification() {
		return status == RequestStatus.AWAITING_CLARIFICATION;
	}

}
