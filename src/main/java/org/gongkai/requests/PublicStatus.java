package org.gongkai.requests;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** What the applicant sees with the tracking number and query code: the stage, the dates, the outcome. */
public record PublicStatus(long id, String trackingNumber, String agencyName, RequestStatus status,
		Instant submittedAt, LocalDate receivedOn, LocalDate dueOn, String clarificationItems,
		LocalDate clarificationDueOn, BigDecimal feeAmountYuan, LocalDate feeDueOn, Outcome outcome,
		LocalDate closedOn) {
}
