package org.gongkai.annualreport;

import java.time.Instant;
import java.util.List;

/**
 * One agency's report for one year, as a draft (numbers computed from the records now) or as published (numbers
 * and text frozen in the snapshot). {@code narrative} holds the placeholders the editor wrote, {@code filled} the
 * text with the figures put in.
 */
public record AnnualReport(String agencyCode, String agencyName, int year, Status status, int version,
		Instant publishedAt, ReportFigures figures, Narrative narrative, Narrative filled, List<Check> checks) {

	/** Where a report stands. */
	public enum Status {

		/** Being written; the numbers follow the records. */
		DRAFT,
		/** Published: the current version. */
		PUBLISHED,
		/** Published, then replaced by a corrected version; kept visible. */
		SUPERSEDED

	}

	/** Whether a failed error check forbids publishing. */
	public boolean blocked() {
		return checks.stream().anyMatch(Check::blocks);
	}

	public List<Check> failed() {
		return checks.stream().filter(check -> !check.ok()).toList();
	}

	/** Tables 二, 三 and 四 in the official layout. */
	public List<ReportTable> tables() {
		return ReportTables.all(figures);
	}

	public String title() {
		return agencyName + year + "年政府信息公开工作年度报告";
	}

}
