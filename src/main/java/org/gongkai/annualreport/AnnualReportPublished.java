package org.gongkai.annualreport;

import org.gongkai.audit.AuditableEvent;

/** A report was published (OGI art. 49), or a corrected version replaced the earlier one. */
public record AnnualReportPublished(String agencyCode, int year, int version, int warnings, String actor)
		implements AuditableEvent {

	@Override
	public String action() {
		return "ANNUAL_REPORT_PUBLISHED";
	}

	@Override
	public String subject() {
		return "annual-report:" + year;
	}

	@Override
	public String summary() {
		return "version=" + version + ", warnings=" + warnings;
	}

}
