package org.gongkai.assistant;

import org.gongkai.audit.AuditableEvent;

/**
 * A citizen asked for their question to be handed over to staff because the assistant could not answer it. The
 * interaction module turns it into a consultation (咨询) of the agency; the hand-over itself is kept by the assistant
 * ({@code assistant_handoff}), so that nothing is lost before then.
 *
 * @param handoffId the assistant's record of the hand-over
 * @param conversation the conversation so far, one "问：…" / "答：…" line each
 * @param contact how to reach the citizen (phone or e-mail), may be null
 */
public record AssistantHandoffRequested(long handoffId, String agencyCode, String conversationId, String question,
		String conversation, String name, String contact) implements AuditableEvent {

	@Override
	public String actor() {
		return "public";
	}

	@Override
	public String action() {
		return "ASSISTANT_HANDOFF_REQUESTED";
	}

	@Override
	public String subject() {
		return "assistant-handoff:" + handoffId;
	}

	@Override
	public String summary() {
		return "conversation=" + conversationId;
	}

}
