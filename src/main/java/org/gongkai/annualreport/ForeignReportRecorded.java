package org.gongkai.annualreport;

import org.gongkai.audit.AuditableEvent;

/** A supervising office loaded a report published elsewhere and ran the checks on it. */
public record ForeignReportRecorded(long id, String agencyCode, String agencyName, int year, int errors,
		int warnings, String actor) implements AuditableEvent {

	@Override
	public String action() {
		return "ANNUAL_REPORT_FOREIGN_RECORDED";
	}

	@Override
	public String subject() {
		return "annual-report-foreign:" + id;
	}

	@Override
	public String summary() {
		return "agency=" + agencyName + ", year=" + year + ", errors=" + errors + ", warnings=" + warnings;
	}

}
