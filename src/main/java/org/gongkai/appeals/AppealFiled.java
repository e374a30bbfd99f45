package org.gongkai.appeals;

import org.gongkai.audit.AuditableEvent;

/** A reconsideration or lawsuit about the agency's disclosure work was registered. */
public record AppealFiled(long appealId, String agencyCode, AppealKind kind, String filedOn, String actor)
		implements AuditableEvent {

	@Override
	public String action() {
		return "APPEAL_FILED";
	}

	@Override
	public String subject() {
		return "appeal:" + appealId;
	}

	@Override
	public String summary() {
		return "kind=" + kind + ", filedOn=" + filedOn;
	}

}
