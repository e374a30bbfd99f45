package org.gongkai.assistant;

import org.gongkai.audit.AuditableEvent;

/** Staff added an entry to the assistant's normalisation dictionary, or removed one. */
public record AssistantTermsChanged(String variant, String standard, String how, String actor)
		implements AuditableEvent {

	@Override
	public String agencyCode() {
		return null;
	}

	@Override
	public String action() {
		return "ASSISTANT_TERM_" + how;
	}

	@Override
	public String subject() {
		return "assistant-term:" + variant;
	}

	@Override
	public String summary() {
		return variant + " → " + standard;
	}

}
