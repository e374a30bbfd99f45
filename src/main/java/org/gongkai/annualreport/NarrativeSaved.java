package org.gongkai.annualreport;

import org.gongkai.audit.AuditableEvent;

/** The narrative of a draft report was edited. */
public record NarrativeSaved(String agencyCode, int year, String actor) implements AuditableEvent {

	@Override
	public String action() {
		return "ANNUAL_REPORT_NARRATIVE_SAVED";
	}

	@Override
	public String subject() {
		return "annual-report:" + year;
	}

	@Override
	public String summary() {
		return "narrative of " + year + " saved";
	}

}
