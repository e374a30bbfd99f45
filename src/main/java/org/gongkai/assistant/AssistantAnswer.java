package org.gongkai.assistant;

import java.util.List;

/**
 * What the assistant answered: the text, the sources it comes from, and whether it offers to hand the question over
 * to staff (it found nothing that answers it).
 *
 * @param questionId the recorded question, for the asker's thumbs up or down
 * @param clarification the answer asks "您是不是想问": {@code sources} are the choices, best first
 * @param redirectedTo the question is outside the asked agency's remit: the code of the agency it belongs to, whose
 * item is the source; otherwise null
 */
public record AssistantAnswer(long questionId, String conversationId, String answer, List<Source> sources,
		boolean handoff, boolean clarification, String redirectedTo) {

	/**
	 * A source of the answer: a service item (by {@code code}) or a published document (by {@code documentId}), with
	 * the passage quoted.
	 */
	public record Source(String code, Long documentId, String title, String url, String passage) {
	}

}
