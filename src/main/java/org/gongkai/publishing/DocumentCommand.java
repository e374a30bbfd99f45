package org.gongkai.publishing;

import java.time.Instant;

import org.gongkai.platform.DomainException;

/**
 * One step of a document's review, with exactly what it needs; {@link DocumentDesk#review} takes it to the document,
 * whose table and rules decide whether it may happen now (409). Editing is not a step here: it has its own use cases
 * (text, files, the policy interpreted), which ask the table for {@link DocumentAction#EDIT}.
 */
public sealed interface DocumentCommand {

	DocumentAction action();

	/**
	 * The step from the flat shape the review form binds: the action, a text (the comment, the reason for
	 * publishing over findings, the reason for withdrawal) and a set time. An action that is no review step is
	 * invalid input (400).
	 */
	static DocumentCommand of(DocumentAction action, String text, Instant at) {
		if (action == null) {
			throw DomainException.invalid("action", "validation.required");
		}
		return switch (action) {
			case SUBMIT -> new Submit();
			case REJECT -> new Reject(text);
			case RECALL -> new Recall();
			case PUBLISH, SCHEDULE -> new Publish(text, at);
			case UNSCHEDULE -> new Unschedule();
			case WITHDRAW -> new Withdraw(text);
			case EDIT, PUBLISH_DUE -> throw DomainException.invalid("action", "validation.required");
		};
	}

	/** The author hands the document to a reviewer. */
	record Submit() implements DocumentCommand {

		@Override
		public DocumentAction action() {
			return DocumentAction.SUBMIT;
		}

	}

	/** The editor takes the submission back before a reviewer has decided. */
	record Recall() implements DocumentCommand {

		@Override
		public DocumentAction action() {
			return DocumentAction.RECALL;
		}

	}

	/** The reviewer sends it back with a comment. */
	record Reject(String comment) implements DocumentCommand {

		@Override
		public DocumentAction action() {
			return DocumentAction.REJECT;
		}

	}

	/**
	 * OGI art. 17: the reviewer approves, giving a reason when the confidentiality check found something; published
	 * now, or at {@code publishAt} when it is given.
	 */
	record Publish(String overrideReason, Instant publishAt) implements DocumentCommand {

		@Override
		public DocumentAction action() {
			return publishAt == null ? DocumentAction.PUBLISH : DocumentAction.SCHEDULE;
		}

	}

	/** The scheduled publication is called off. */
	record Unschedule() implements DocumentCommand {

		@Override
		public DocumentAction action() {
			return DocumentAction.UNSCHEDULE;
		}

	}

	/** The published document is taken down with a reason. */
	record Withdraw(String reason) implements DocumentCommand {

		@Override
		public DocumentAction action() {
			return DocumentAction.WITHDRAW;
		}

	}

}
