package org.gongkai.interaction;

import org.gongkai.assistant.AssistantHandoffRequested;
import org.gongkai.assistant.Handoffs;
import org.gongkai.assistant.WhenAssistantEnabled;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A question the assistant could not answer, handed over by the citizen, becomes a consultation of the agency asked
 * (received today, due after its reply period), with the conversation attached below the question; the assistant
 * records the consultation's tracking number beside the hand-over. In the hand-over's own transaction, so that the
 * citizen is told the 咨询编号 at once (or the hand-over fails as a whole). Only while the assistant is on.
 */
@Component
@WhenAssistantEnabled
class AssistantHandoffs {

	private static final String SUBJECT_PREFIX = "智能问答转人工：";

	private final ConsultationDesk desk;

	private final Handoffs handoffs;

	AssistantHandoffs(ConsultationDesk desk, Handoffs handoffs) {
		this.desk = desk;
		this.handoffs = handoffs;
	}

	@EventListener
	void on(AssistantHandoffRequested handoff) {
		String contact = handoff.contact().strip();
		boolean email = contact.contains("@");
		Asked asked = desk.ask(handoff.agencyCode(), new Question(
				fit(handoff.name() == null ? "智能问答用户" : handoff.name(), QuestionRules.MAX_NAME), email ? null : contact,
				email ? contact : null,
				fit(SUBJECT_PREFIX + handoff.question(), QuestionRules.MAX_SUBJECT),
				fit(handoff.question() + "\n\n—— 智能问答对话记录 ——\n" + handoff.conversation(), QuestionRules.MAX_QUESTION),
				false));
		handoffs.handedOverAs(handoff.handoffId(), asked.trackingNumber());
	}

	/** Keeps the beginning of a text that is too long for its field, marked as cut. */
	private static String fit(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length - 1) + "…";
	}

}
