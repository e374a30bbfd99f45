package org.gongkai.identity;

import org.gongkai.audit.AuditableEvent;

/** An agency joined the tree; modules that keep per-agency structures (the catalog) set them up on it. */
public record AgencyCreated(AgencyId agencyId, String code, String name, String parentCode, String actor)
		implements AuditableEvent {

	@Override
	public String agencyCode() {
		return code;
	}

	@Override
	public String action() {
		return "AGENCY_CREATED";
	}

	@Override
	public String subject() {
		return "agency:" + code;
	}

	@Override
	public String summary() {
		return "name=" + name + ", parent=" + parentCode;
	}

}
