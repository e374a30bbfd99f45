package org.gongkai.annualreport;

import java.time.LocalDate;

import org.gongkai.identity.AgencyLevel;

/**
 * When a year's report is due, the one rule every page and check uses. OGI art. 49 (rules.md §1.12): "县级以上人民政府部门
 * 应当在每年1月31日前……提交本行政机关上一年度政府信息公开工作年度报告并向社会公布" — a department (局、委、办) publishes by
 * 31 January; "县级以上地方人民政府的政府信息公开工作主管部门应当在每年3月31日前向社会公布本级政府上一年度政府信息公开工作年度报告"
 * — the people's government's own report is published by 31 March.
 */
public final class ReportDeadline {

	private ReportDeadline() {
	}

	/** The last day to publish the report on {@code year} of an agency of this level. */
	public static LocalDate dueOn(AgencyLevel level, int year) {
		return isGovernment(level) ? LocalDate.of(year + 1, 3, 31) : LocalDate.of(year + 1, 1, 31);
	}

	/** Whether the agency is a people's government (its own report, due 31 March) rather than a department. */
	public static boolean isGovernment(AgencyLevel level) {
		return level != AgencyLevel.BUREAU;
	}

}
