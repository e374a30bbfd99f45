package org.gongkai.annualreport;

import org.gongkai.audit.AuditableEvent;

/** The administrative statistics of a year were entered or corrected. */
public record AdministrativeStatisticsRecorded(String agencyCode, int year, String figures, String actor)
		implements AuditableEvent {

	@Override
	public String action() {
		return "ADMINISTRATIVE_STATISTICS_RECORDED";
	}

	@Override
	public String subject() {
		return "administrative-statistics:" + year;
	}

	@Override
	public String summary() {
		return figures;
	}

}
