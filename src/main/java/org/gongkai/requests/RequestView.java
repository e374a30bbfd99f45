package org.gongkai.requests;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * An application as staff and the API see it. Identity and phone numbers are masked; {@code allowedActions} are
 * those the transition table allows now that the staff member who reads it may take for its agency.
 * {@code dueOnProvisional} and {@code pendingDueOnProvisional} say that a date was counted over
 * {@code provisionalYear}, a year whose holiday notice is not entered yet (so are the overdue flag and the days left
 * that derive from it); it is recomputed when the notice is entered. {@code clockStarted} says whether the reply
 * period has begun (not before receipt is confirmed); {@code extensionRequest} is the extension waiting for the head
 * of the office, else null; {@code onPaper} whether the applicant asked for paper. {@code assignees} are
 * those the reader may give the application to (none when they may not assign it).
 */
public record RequestView(long id, String trackingNumber, String agencyCode, String agencyName, RequestStatus status,
		Channel channel, LocalDate receivedOn, LocalDate dueOn, boolean dueOnProvisional, LocalDate pendingDueOn,
		boolean pendingDueOnProvisional, Integer provisionalYear, boolean overdue,
		Outcome outcome, LocalDate closedOn, ApplicantType applicantType, String applicantName, String idNumberMasked,
		String phoneMasked, String email, String address, String creditCode, String legalRepresentative,
		String description, String documentNumber, DeliveryMethod deliveryMethod, boolean paperCopy,
		String clarificationItems, LocalDate clarificationDueOn, String consultedParty, BigDecimal feeAmountYuan,
		LocalDate feeNoticeOn, LocalDate feePaidOn, int extensionDays, String extensionReason, String assignedTo,
		Set<RequestAction> allowedActions, java.time.Instant submittedAt, boolean clockStarted,
		String clarifiedContent, LocalDate clarifiedOn, ExtensionRequest extensionRequest,
		LocalDate extensionApprovedOn, String extensionApprovedBy, boolean onPaper, String replyReason,
		String replyReference, String replyPaperNote, java.util.List<WithheldPart> withheld, boolean filesAccepted,
		java.util.List<Assignee> assignees) {

	/**
	 * A staff member the application may be given to: one who handles the agency's applications, or, with
	 * {@code handler} false, the current assignee who no longer does (and may not be chosen again).
	 */
	public record Assignee(String username, String displayName, boolean handler) {
	}

	/** An extension an officer asked for, waiting for the head of the office (OGI art. 33 ¶2). */
	public record ExtensionRequest(LocalDate requestedOn, int workingDays, String reason, String requestedBy) {
	}

}
