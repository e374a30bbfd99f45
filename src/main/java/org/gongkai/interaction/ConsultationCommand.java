package org.gongkai.interaction;

import java.time.LocalDate;

import org.gongkai.platform.DomainException;

/**
 * One staff decision on a consultation, with exactly what it needs, checked when it is built: a missing field is
 * refused there (400, naming the field); whether the consultation may still be handled is the table's question,
 * asked by {@link Consultation#apply} (409). {@code on} is the day it was done, today when not given and never in
 * the future, e.g. an answer given by phone yesterday.
 */
public sealed interface ConsultationCommand {

	/** The day it was done; null for today. */
	LocalDate on();

	Triage action();

	/**
	 * The command of a triage from the flat shape the page binds ({@code triage, on, text, toAgencyCode, publish});
	 * the text is the answer, the forwarding note, the note about the 信访 channel or the reason of a rejection.
	 */
	static ConsultationCommand of(Triage triage, LocalDate on, String text, String toAgencyCode, boolean publish) {
		if (triage == null) {
			throw DomainException.invalid("triage", "validation.required");
		}
		return switch (triage) {
			case ANSWER -> new Answer(on, text, publish);
			case FORWARD -> new Forward(on, toAgencyCode, text);
			case MARK_PETITION -> new MarkPetition(on, text);
			case REJECT -> new Reject(on, text);
		};
	}

	/**
	 * The answer; it appears in the public Q&A list only when {@code publish} and the asker agreed too.
	 */
	record Answer(LocalDate on, String text, boolean publish) implements ConsultationCommand {

		public Answer {
			text = required("answer", text);
		}

		@Override
		public Triage action() {
			return Triage.ANSWER;
		}

	}

	/** Hands the question to the agency responsible, with an optional note to the asker. */
	record Forward(LocalDate on, String toAgencyCode, String note) implements ConsultationCommand {

		public Forward {
			toAgencyCode = required("toAgencyCode", toAgencyCode);
			note = QuestionRules.strip(note);
		}

		@Override
		public Triage action() {
			return Triage.FORWARD;
		}

	}

	/** A petition or complaint: the note tells the asker about the 信访 channel (信访工作条例 art. 22). */
	record MarkPetition(LocalDate on, String note) implements ConsultationCommand {

		public MarkPetition {
			note = required("reason", note);
		}

		@Override
		public Triage action() {
			return Triage.MARK_PETITION;
		}

	}

	/** Not a valid message (advertising, abuse, empty), with the reason. */
	record Reject(LocalDate on, String reason) implements ConsultationCommand {

		public Reject {
			reason = required("reason", reason);
		}

		@Override
		public Triage action() {
			return Triage.REJECT;
		}

	}

	private static String required(String field, String text) {
		if (!QuestionRules.present(text)) {
			throw DomainException.invalid(field, "validation.required");
		}
		return text.strip();
	}

}
