package org.gongkai.interaction;

import java.time.LocalDate;

import org.gongkai.platform.DomainException;

/**
 * One step of the agency's handling of a proposal, with exactly what it needs, checked when it is built: a missing
 * field is refused there (400, naming the field); whether the proposal may take the step now is the table's and the
 * office rules' question, asked by {@link Proposal#apply} (409). {@code on} is the day it happened, today when not
 * given and never in the future.
 */
public sealed interface ProposalCommand {

	/** The day it happened; null for today. */
	LocalDate on();

	ProposalAction action();

	/**
	 * The reply (代表法 art. 51 ¶2). A lead unit gives its outcome class (A–D); a cooperating unit's opinion has none,
	 * and a class given with it is not kept.
	 */
	record Reply(LocalDate on, String text, OutcomeClass outcomeClass) implements ProposalCommand {

		public Reply {
			if (!QuestionRules.present(text)) {
				throw DomainException.invalid("reply", "validation.required");
			}
			text = text.strip();
		}

		@Override
		public ProposalAction action() {
			return ProposalAction.REPLY;
		}

	}

	/** The deputy's or member's answer on the 征询意见表. */
	record RecordFeedback(LocalDate on, Satisfaction satisfaction) implements ProposalCommand {

		public RecordFeedback {
			if (satisfaction == null) {
				throw DomainException.invalid("satisfaction", "validation.required");
			}
		}

		@Override
		public ProposalAction action() {
			return ProposalAction.RECORD_FEEDBACK;
		}

	}

	/**
	 * The reply drafted for publication as document {@code documentId} and sent to review (代表法 art. 51 ¶3: "办理情况
	 * 的报告，应当予以公开"); only a reply is published, and only once.
	 */
	record DraftPublication(long documentId) implements ProposalCommand {

		@Override
		public LocalDate on() {
			return null;
		}

		@Override
		public ProposalAction action() {
			return ProposalAction.DRAFT_PUBLICATION;
		}

	}

}
