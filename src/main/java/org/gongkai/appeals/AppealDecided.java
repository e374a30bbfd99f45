package org.gongkai.appeals;

import org.gongkai.audit.AuditableEvent;

/** The reconsideration organ or the court decided a case. */
public record AppealDecided(long appealId, String agencyCode, AppealResult result, String decidedOn, String actor)
		implements AuditableEvent {

	@Override
	public String action() {
		return "APPEAL_DECIDED";
	}

	@Override
	public String subject() {
		return "appeal:" + appealId;
	}

	@Override
	public String summary() {
		return "result=" + result + ", decidedOn=" + decidedOn;
	}

}
