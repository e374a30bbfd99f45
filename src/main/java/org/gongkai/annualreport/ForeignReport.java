package org.gongkai.annualreport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A report published elsewhere that a supervising office loaded, with the checks of annual-report.md §4 as they ran
 * when it was loaded (those that need the narrative find none; those that need the previous year use the office's
 * load of the same agency for that year, if any).
 */
public record ForeignReport(long id, String agencyName, int year, LocalDate publishedOn, ReportFigures figures,
		List<Check> checks, String recordedBy, Instant recordedAt) {

	/** Whether a failed error check would have stopped the report being published here. */
	public boolean blocked() {
		return checks.stream().anyMatch(Check::blocks);
	}

	public List<Check> failed() {
		return checks.stream().filter(check -> !check.ok()).toList();
	}

	public String title() {
		return agencyName + year + "年政府信息公开工作年度报告";
	}

}
