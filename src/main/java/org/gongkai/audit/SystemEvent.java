package org.gongkai.audit;

/**
 * An audited change the platform makes by itself — a job, a check, a start-up step — rather than a person: its
 * actor is {@code system}.
 */
public interface SystemEvent extends AuditableEvent {

	@Override
	default String actor() {
		return "system";
	}

}
