package org.gongkai.interaction;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.gongkai.platform.DomainException;
import org.gongkai.platform.TransitionTable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A deputy's suggestion or a CPPCC proposal assigned to the agency as lead or cooperating unit. ASSIGNED → REPLIED
 * (the lead's reply with its outcome class, or the cooperating unit's opinion) → CLOSED (the deputy's satisfaction,
 * lead only), as {@link #TABLE} has it.
 */
class Proposal {

	/**
	 * The one table of proposals: an ASSIGNED proposal is replied to (代表法 art. 51 ¶2), the deputy's or member's
	 * view closes it, and a reply, before or after that view, may be published (art. 51 ¶3).
	 */
	static final TransitionTable<ProposalStatus, ProposalAction> TABLE = TransitionTable
		.builder(ProposalStatus.class, ProposalAction.class, "interaction.proposal.notAllowed")
		.initial(ProposalStatus.ASSIGNED)
		.from(ProposalStatus.ASSIGNED)
		.on(ProposalAction.REPLY, ProposalStatus.REPLIED)
		.from(ProposalStatus.REPLIED)
		.on(ProposalAction.RECORD_FEEDBACK, ProposalStatus.CLOSED)
		.on(ProposalAction.DRAFT_PUBLICATION, ProposalStatus.REPLIED)
		.from(ProposalStatus.CLOSED)
		.on(ProposalAction.DRAFT_PUBLICATION, ProposalStatus.CLOSED)
		.build();

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

	/**
	 * Takes a step: the table decides whether it exists in this state (409 otherwise), then the office rules — a
	 * lead's reply needs its outcome class, only the lead records the deputy's view (rules.md §7.2) — and the day
	 * must lie between the previous step and today.
	 */
	void apply(ProposalCommand command, LocalDate today) {
		ProposalStatus next = TABLE.move(status, command.action());
		LocalDate on = command.on() == null ? today : command.on();
		if (on.isAfter(today)) {
			throw DomainException.invalid("on", "interaction.future", on);
		}
		this.status = switch (command.action()) {
			case REPLY -> reply(on, (ProposalCommand.Reply) command, next);
			case RECORD_FEEDBACK -> feedback(on, (ProposalCommand.RecordFeedback) command, next);
			case DRAFT_PUBLICATION -> {
				readyToPublish();
				this.replyDocumentId = ((ProposalCommand.DraftPublication) command).documentId();
				yield next;
			}
		};
	}

	/** Whether the reply may be drafted for publication now; refused (409) with the reason otherwise. */
	void readyToPublish() {
		TABLE.next(status, ProposalAction.DRAFT_PUBLICATION)
			.orElseThrow(() -> DomainException.conflict("action", "interaction.proposal.notReplied"));
		if (replyDocumentId != null) {
			throw DomainException.conflict("action", "interaction.proposal.alreadyDrafted");
		}
	}

	/** The table's actions in this state less those the office rules refuse: what staff may be offered. */
	Set<ProposalAction> allowed() {
		Set<ProposalAction> allowed = EnumSet.noneOf(ProposalAction.class);
		allowed.addAll(TABLE.allowed(status));
		if (role != ProposalRole.LEAD) {
			allowed.remove(ProposalAction.RECORD_FEEDBACK);
		}
		if (replyDocumentId != null) {
			allowed.remove(ProposalAction.DRAFT_PUBLICATION);
		}
		return allowed;
	}

	boolean lateOn(LocalDate today) {
		return ReplyDeadlines.late(repliedOn, dueOn, today);
	}

	/** 复文 for a lead, 会办意见 for a cooperating unit: the title of the published reply. */
	String publicationTitle() {
		String number = kind == ProposalKind.DEPUTY_SUGGESTION ? "建议" : "提案";
		return "关于" + (assignedBy == null ? "" : assignedBy) + reference + number + "的"
				+ (role == ProposalRole.LEAD ? "答复" : "会办意见");
	}

	private ProposalStatus reply(LocalDate on, ProposalCommand.Reply reply, ProposalStatus next) {
		if (role == ProposalRole.LEAD && reply.outcomeClass() == null) {
			throw DomainException.invalid("outcomeClass", "validation.required");
		}
		notBefore(on, assignedOn);
		this.reply = reply.text();
		this.repliedOn = on;
		this.outcomeClass = role == ProposalRole.LEAD ? reply.outcomeClass() : null;
		return next;
	}

	private ProposalStatus feedback(LocalDate on, ProposalCommand.RecordFeedback feedback, ProposalStatus next) {
		if (role != ProposalRole.LEAD) {
			throw DomainException.conflict("action", "interaction.proposal.feedbackLeadOnly");
		}
		notBefore(on, repliedOn);
		this.satisfaction = feedback.satisfaction();
		this.feedbackOn = on;
		return next;
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
