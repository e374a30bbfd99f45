package org.gongkai.annualreport;

import org.gongkai.audit.AuditableEvent;

/** An agency's history was imported (annual-report.md §6). */
public record HistoryImported(String agencyCode, String added, String actor) implements AuditableEvent {

	@Override
	public String action() {
		return "HISTORY_IMPORTED";
	}

	@Override
	public String subject() {
		return "history-import";
	}

	@Override
	public String summary() {
		return added;
	}

}
