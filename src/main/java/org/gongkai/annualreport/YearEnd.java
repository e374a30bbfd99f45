package org.gongkai.annualreport;

import java.time.LocalDate;
import java.time.Month;

/**
 * When a report year's figures are final: the statistics period is 1 January – 31 December of the year
 * (annual-report.md §3; 国办公开办函〔2021〕30号), so its report is published from 1 January of the next year, and
 * before that day only drafted, previewed and checked.
 */
final class YearEnd {

	private YearEnd() {
	}

	/** The first day the report on {@code year} may be published. */
	static LocalDate publishableFrom(int year) {
		return LocalDate.of(year + 1, Month.JANUARY, 1);
	}

	/** Whether the year has ended on {@code today} (a Beijing date). */
	static boolean hasEnded(int year, LocalDate today) {
		return !today.isBefore(publishableFrom(year));
	}

}
