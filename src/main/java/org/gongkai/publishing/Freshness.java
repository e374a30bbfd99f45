package org.gongkai.publishing;

import java.time.Period;
import java.util.Optional;

/**
 * How often a column must be updated, by the website indicators (国办秘函〔2019〕19号, rules.md §4.3): news columns
 * within 2 weeks, notices and policy documents within 6 months, personnel and plans within a year (this last figure
 * is unconfirmed nationally, see rules.md).
 */
public enum Freshness {

	/** 动态、要闻类: 2 weeks. */
	NEWS(Period.ofWeeks(2)),
	/** 通知公告、政策文件类: 6 months. */
	NOTICE_OR_POLICY(Period.ofMonths(6)),
	/** 人事、规划计划类: 1 year. */
	PERSONNEL_OR_PLAN(Period.ofYears(1)),
	/** No required interval. */
	NONE(null);

	private final Period interval;

	Freshness(Period interval) {
		this.interval = interval;
	}

	public Optional<Period> interval() {
		return Optional.ofNullable(interval);
	}

}
