package org.gongkai.interaction;

import java.time.LocalDate;

import org.gongkai.platform.DomainException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A deputy's suggestion or a CPPCC proposal assigned to the agency as lead or cooperating unit. ASSIGNED → REPLIED
 * (the lead's reply with its outcome class, or the cooperating unit's opinion) → CLOSED (the deputy's satisfaction,
 * lead only).
 */
class Proposal {

	@Id
	Long id;

	@Version
	Integer version;

	final Long agencyId;

	final ProposalKind kind;

	final String reference;

	final String title;

	final String proposer;

	final String assignedBy;

	final LocalDate assignedOn;

	final boolean complex;

	final ProposalRole role;

	final LocalDate dueOn;

	ProposalStatus status;

	String reply;

	LocalDate repliedOn;

	OutcomeClass outcomeClass;

	Satisfaction satisfaction;

	LocalDate feedbackOn;

	Long replyDocumentId;

	LocalDate replyPublishedOn;

	Proposal(Long id, Integer version, Long agencyId, ProposalKind kind, String reference, String title,
			String proposer, String assignedBy, LocalDate assignedOn, boolean complex, ProposalRole role,
			LocalDate dueOn, ProposalStatus status, String reply, LocalDate repliedOn, OutcomeClass outcomeClass,
			Satisfaction satisfaction, LocalDate feedbackOn, Long replyDocumentId, LocalDate replyPublishedOn) {
		this.id = id;
		this.version = version;
		this.agencyId = agencyId;
		this.kind = kind;
		this.reference = reference;
		this.title = title;
		this.proposer = proposer;
		this.assignedBy = assignedBy;
		this.assignedOn = assignedOn;
		this.complex = complex;
		this.role = role;
		this.dueOn = dueOn;
		this.status = status;
		this.reply = reply;
		this.repliedOn = repliedOn;
		this.outcomeClass = outcomeClass;
		this.satisfaction = satisfaction;
		this.feedbackOn = feedbackOn;
		this.replyDocumentId = replyDocumentId;
		this.replyPublishedOn = replyPublishedOn;
	}

	static Proposal assigned(long agencyId, NewProposal p) {
		boolean complex = Boolean.TRUE.equals(p.complex());
		return new Proposal(null, null, agencyId, p.kind(), p.reference().strip(), p.title().strip(),
				QuestionRules.strip(p.proposer()), QuestionRules.strip(p.assignedBy()), p.assignedOn(), complex,
				p.role(), ReplyDeadlines.proposalDue(p.assignedOn(), complex, p.role()), ProposalStatus.ASSIGNED, null,
				null, null, null, null, null, null);
	}

	/** The lead's reply needs its outcome class; a cooperating unit's opinion has none. */
	void reply(LocalDate on, String text, OutcomeClass outcome) {
		require(ProposalStatus.ASSIGNED, "reply");
		if (!QuestionRules.present(text)) {
			throw DomainException.invalid("reply", "validation.required");
		}
		if (role == ProposalRole.LEAD && outcome == null) {
			throw DomainException.invalid("outcomeClass", "validation.required");
		}
		notBefore(on, assignedOn);
		this.reply = text.strip();
		this.repliedOn = on;
		this.outcomeClass = role == ProposalRole.LEAD ? outcome : null;
		this.status = ProposalStatus.REPLIED;
	}

	/** The deputy's or member's answer on the 征询意见表 goes to the lead unit. */
	void feedback(LocalDate on, Satisfaction answer) {
		require(ProposalStatus.REPLIED, "feedback");
		if (role != ProposalRole.LEAD) {
			throw DomainException.conflict(null, "interaction.proposal.feedbackLeadOnly");
		}
		if (answer == null) {
			throw DomainException.invalid("satisfaction", "validation.required");
		}
		notBefore(on, repliedOn);
		this.satisfaction = answer;
		this.feedbackOn = on;
		this.status = ProposalStatus.CLOSED;
	}

	void replyDrafted(long documentId) {
		readyToPublish();
		this.replyDocumentId = documentId;
	}

	/** Only a reply can be published, and only once. */
	void readyToPublish() {
		if (status == ProposalStatus.ASSIGNED) {
			throw DomainException.conflict(null, "interaction.proposal.notReplied");
		}
		if (replyDocumentId != null) {
			throw DomainException.conflict(null, "interaction.proposal.alreadyDrafted");
		}
	}

	boolean lateOn(LocalDate today) {
		return (repliedOn == null ? today : repliedOn).isAfter(dueOn);
	}

	/** 复文 for a lead, 会办意见 for a cooperating unit: the title of the published reply. */
	String publicationTitle() {
		String number = kind == ProposalKind.DEPUTY_SUGGESTION ? "建议" : "提案";
		return "关于" + (assignedBy == null ? "" : assignedBy) + reference + number + "的"
				+ (role == ProposalRole.LEAD ? "答复" : "会办意见");
	}

	private void require(ProposalStatus expected, String action) {
		if (status != expected) {
			throw DomainException.conflict(null, "interaction.proposal.notAllowed", status, action);
		}
	}

	private static void notBefore(LocalDate on, LocalDate start) {
		if (on.isBefore(start)) {
			throw DomainException.invalid("on", "interaction.beforeStart", start);
		}
	}

	/** The day the daily watch raised the proposal as unanswered past its due date. */
	LocalDate remindedOn;

	/**
	 * The daily watch raises once a proposal not replied to by its due date (代表法 art. 51 ¶2); answers whether it
	 * did.
	 */
	boolean remind(LocalDate on) {
		if (remindedOn != null || status != ProposalStatus.ASSIGNED || !ReplyDeadlines.overdue(repliedOn, dueOn, on)) {
			return false;
		}
		this.remindedOn = on;
		return true;
	}
}
