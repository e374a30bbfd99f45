package org.gongkai.interaction;

import java.time.LocalDate;

import org.gongkai.calendar.WorkingDayCalendar;

/**
 * The due dates of this module, as pure functions of the start date (and the official calendar where working days
 * count).
 */
public final class ReplyDeadlines {

	/** Many portals promise an answer within 5 working days (rules.md §7.3); each agency may set its own. */
	public static final int DEFAULT_CONSULTATION_WORKING_DAYS = 5;

	/**
	 * 国办秘函〔2019〕19号, 单项否决 "互动回应差": no valid message may stay unanswered for more than 3 months.
	 */
	public static final int CONSULTATION_LIMIT_MONTHS = 3;

	/** SQL over {@code consultation c}: not yet answered, forwarded, sent on or rejected. */
	static final String CONSULTATION_OPEN_SQL = "c.status = 'RECEIVED'";

	/** SQL: an open consultation past its due date on {@code :today}. */
	static final String CONSULTATION_OVERDUE_SQL = CONSULTATION_OPEN_SQL + " and c.due_on < :today";

	/** SQL: an open consultation past the 3-month limit on {@code :today}. */
	static final String CONSULTATION_BEYOND_LIMIT_SQL = CONSULTATION_OPEN_SQL + " and c.limit_on < :today";

	/** SQL over {@code proposal p}: assigned and not yet replied to. */
	static final String PROPOSAL_OPEN_SQL = "p.status = 'ASSIGNED'";

	/** SQL: an open proposal past its due date on {@code :today}. */
	static final String PROPOSAL_OVERDUE_SQL = PROPOSAL_OPEN_SQL + " and p.due_on < :today";

	/** SQL over {@code finding f}: not yet signed off. */
	static final String FINDING_OPEN_SQL = "f.status <> 'CLOSED'";

	/** SQL: an open finding past its deadline on {@code :today}. */
	static final String FINDING_OVERDUE_SQL = FINDING_OPEN_SQL + " and f.deadline < :today";

	private ReplyDeadlines() {
	}

	/**
	 * Overdue (超期): still not handled on {@code today}, the day after the due date or later; the one rule behind
	 * the SQL fragments above, the ledgers' flags and the daily watch.
	 */
	public static boolean overdue(LocalDate handledOn, LocalDate dueOn, LocalDate today) {
		return handledOn == null && today.isAfter(dueOn);
	}

	/**
	 * Late (逾期办理): handled after the due date, or still not handled on {@code today} after it; what the audit
	 * records and the ledgers say of a consultation's answer, a proposal's reply and a finding's fix.
	 */
	public static boolean late(LocalDate handledOn, LocalDate dueOn, LocalDate today) {
		return (handledOn == null ? today : handledOn).isAfter(dueOn);
	}

	/** The answer is due {@code workingDays} working days after the day of receipt (that day does not count). */
	public static LocalDate consultationDue(LocalDate receivedOn, int workingDays, WorkingDayCalendar calendar) {
		return calendar.addWorkingDays(receivedOn, workingDays);
	}

	/** The last day a consultation may stay unanswered under the website indicators' veto (3 calendar months). */
	public static LocalDate consultationLimit(LocalDate receivedOn) {
		return receivedOn.plusMonths(CONSULTATION_LIMIT_MONTHS);
	}

	/**
	 * 代表法 art. 51 ¶2: answer "自交办之日起三个月内", "涉及面广、处理难度大的…六个月内"; a cooperating unit gives its written
	 * opinion to the lead within one month (福建, rules.md §7.2). Calendar months; a month without the day ends on its
	 * last day. CPPCC proposals follow the same periods (rules.md §7.2: commonly 3 months).
	 */
	public static LocalDate proposalDue(LocalDate assignedOn, boolean complex, ProposalRole role) {
		if (role == ProposalRole.COOPERATING) {
			return assignedOn.plusMonths(1);
		}
		return assignedOn.plusMonths(complex ? 6 : 3);
	}

}
