package org.gongkai.annualreport;

import org.gongkai.audit.AuditableEvent;

/**
 * A supervising office sent an agency's report back with a comment: a draft, which is now 被退回（待修改）, or a
 * published report, which stays published and carries the comment as a correction request ({@code correction}).
 */
public record ReportSentBack(String agencyCode, int year, String supervisingAgency, String actor, boolean correction)
		implements AuditableEvent {

	@Override
	public String action() {
		return correction ? "ANNUAL_REPORT_CORRECTION_REQUESTED" : "ANNUAL_REPORT_SENT_BACK";
	}

	@Override
	public String subject() {
		return "annual-report:" + year;
	}

	@Override
	public String summary() {
		return correction ? "correction of the published report of " + year + " requested by " + supervisingAgency
				: "report of " + year + " sent back by " + supervisingAgency;
	}

}
