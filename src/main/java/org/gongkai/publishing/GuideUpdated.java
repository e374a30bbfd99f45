package org.gongkai.publishing;

import org.gongkai.audit.AuditableEvent;

/** An agency's disclosure guide changed; the site renders it again. */
public record GuideUpdated(String agencyCode, String actor) implements AuditableEvent {

	@Override
	public String action() {
		return "DISCLOSURE_GUIDE_UPDATED";
	}

	@Override
	public String subject() {
		return "guide:" + agencyCode;
	}

	@Override
	public String summary() {
		return "";
	}

}
