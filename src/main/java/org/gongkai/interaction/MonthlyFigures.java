package org.gongkai.interaction;

import java.util.List;

/**
 * Volumes and timeliness by month across the agencies a caller may read, oldest month first: what the supervisor's
 * charts draw.
 *
 * @param consultationsOnTimePercent of the consultations received that month whose due date has passed or that were
 * handled, the share handled by the due date (null when there are none)
 */
public record MonthlyFigures(List<String> months, List<Long> consultationsReceived,
		List<Integer> consultationsOnTimePercent, List<Long> proposalsAssigned, List<Long> findingsRecorded,
		List<Long> findingsOverdue) {
}
