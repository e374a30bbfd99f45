package org.gongkai.annualreport;

import org.gongkai.audit.AuditableEvent;

/** A supervising office sent an agency's report back with a comment. */
public record ReportSentBack(String agencyCode, int year, String supervisingAgency, String actor)
		implements AuditableEvent {

	@Override
	public String action() {
		return "ANNUAL_REPORT_SENT_BACK";
	}

	@Override
	public String subject() {
		return "annual-report:" + year;
	}

	@Override
	public String summary() {
		return "report of " + year + " sent back by " + supervisingAgency;
	}

}
