package org.gongkai.assistant;

import org.gongkai.audit.AuditableEvent;

/** An administrator had the assistant's knowledge index rebuilt from the database. */
public record KnowledgeIndexRebuilt(String actor, int passages) implements AuditableEvent {

	@Override
	public String agencyCode() {
		return null;
	}

	@Override
	public String action() {
		return "ASSISTANT_INDEX_REBUILT";
	}

	@Override
	public String subject() {
		return "assistant-index";
	}

	@Override
	public String summary() {
		return "passages=" + passages;
	}

}
