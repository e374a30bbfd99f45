package org.gongkai.interaction;

import java.time.LocalDate;
import java.util.Set;

import org.gongkai.identity.AgencyInfo;

/**
 * A proposal as the ledger shows it.
 *
 * @param overdue not replied and past the due date
 * @param repliedLate replied after the due date
 * @param allowedActions what the reader may do with it now (its table and office rules, and the reader's roles for
 * its agency)
 */
public record ProposalView(long id, String agencyCode, String agencyName, ProposalKind kind, String reference,
		String title, String proposer, String assignedBy, LocalDate assignedOn, boolean complex, ProposalRole role,
		LocalDate dueOn, ProposalStatus status, String reply, LocalDate repliedOn, OutcomeClass outcomeClass,
		Satisfaction satisfaction, LocalDate feedbackOn, Long replyDocumentId, LocalDate replyPublishedOn,
		boolean overdue, boolean repliedLate, Set<ProposalAction> allowedActions) {

	static ProposalView of(Proposal p, AgencyInfo agency, LocalDate today, Set<ProposalAction> allowedActions) {
		return new ProposalView(p.id, agency.code(), agency.name(), p.kind, p.reference, p.title, p.proposer,
				p.assignedBy, p.assignedOn, p.complex, p.role, p.dueOn, p.status, p.reply, p.repliedOn,
				p.outcomeClass, p.satisfaction, p.feedbackOn, p.replyDocumentId, p.replyPublishedOn,
				ReplyDeadlines.overdue(p.repliedOn, p.dueOn, today),
				p.repliedOn != null && p.repliedOn.isAfter(p.dueOn), allowedActions);
	}

	/** Whether the agency leads (主办) the proposal and so answers the deputy or member. */
	public boolean lead() {
		return role == ProposalRole.LEAD;
	}

}
