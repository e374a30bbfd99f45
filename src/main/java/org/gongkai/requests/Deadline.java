package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.calendar.WorkingDayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reply deadline, derived from the timeline and the calendar, never typed (OGI art. 30, 33):
 * <ul>
 * <li>20 working days after the clock started (the day of receipt, or the day a clarification arrived; that day
 * itself is not counted);</li>
 * <li>plus, for each pause from S to E after the clock started, the working days after S up to and including E;</li>
 * <li>plus an extension's working days.</li>
 * </ul>
 * While a pause lasts or a clarification is awaited, the clock stands still and there is no due date.
 *
 * @param dueOn null while the clock stands still or has not started
 */
public record Deadline(LocalDate dueOn, boolean running) {

	/** OGI art. 33 ¶2: "自收到申请之日起20个工作日内予以答复". */
	public static final int REPLY_WORKING_DAYS = 20;

	/** OGI art. 33 ¶2: "延长的期限最长不得超过20个工作日". */
	public static final int MAX_EXTENSION_WORKING_DAYS = 20;

	/** OGI art. 30: the clarification notice goes out "自收到申请之日起7个工作日内". */
	public static final int CLARIFICATION_NOTICE_WORKING_DAYS = 7;

	/** OGI art. 32, 34: a consulted party answers "自收到征求意见书之日起15个工作日内". */
	public static final int CONSULTATION_WORKING_DAYS = 15;

	/** 国办函〔2020〕109号: payment "在收到收费通知次日起20个工作日内". */
	public static final int PAYMENT_WORKING_DAYS = 20;

	/**
	 * The count the due date comes from, term by term: what {@link DeadlineExplanation} shows is what this computed,
	 * so the explanation cannot disagree with the date.
	 */
	static Count count(LocalDate clockStartedOn, List<Pause> pauses, int extensionDays, boolean stopped,
			WorkingDayCalendar calendar) {
		if (clockStartedOn == null || stopped || pauses.stream().anyMatch(Pause::isOpen)) {
			return new Count(new Deadline(null, false), clockStartedOn, List.of(), extensionDays);
		}
		List<Count.Paused> paused = pauses.stream()
			.filter(pause -> !pause.startedOn().isBefore(clockStartedOn))
			.map(pause -> new Count.Paused(pause,
					calendar.workingDaysBetween(pause.startedOn(), pause.endedOn())))
			.toList();
		int total = REPLY_WORKING_DAYS + extensionDays + paused.stream().mapToInt(Count.Paused::workingDays).sum();
		return new Count(new Deadline(calendar.addWorkingDays(clockStartedOn, total), true), clockStartedOn, paused,
				extensionDays);
	}

	/**
	 * The terms of a due date: 20 working days, the working days of each closed pause that began after the clock
	 * started, the extension; their sum is counted from {@code clockStartedOn} (that day not counted).
	 */
	record Count(Deadline deadline, LocalDate clockStartedOn, List<Paused> pauses, int extensionDays) {

		/** A pause and the working days in it, which it adds. */
		record Paused(Pause pause, int workingDays) {
		}

		int total() {
			return REPLY_WORKING_DAYS + extensionDays + pauses.stream().mapToInt(Paused::workingDays).sum();
		}

	}

	/** Due soon: the due date lies within this many working days (the dashboard's warning). */
	public static final int DUE_SOON_WORKING_DAYS = 3;

	/** The bounds of "overdue" and "due soon" on {@code today}. */
	public static Bounds on(LocalDate today, WorkingDayCalendar calendar) {
		return new Bounds(today, calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS));
	}

	/**
	 * The one place that says when an open application is overdue or due soon, for Java and for SQL alike: OGI art. 33
	 * has the reply given by the due date, so an application still open the day after it is overdue; one due between
	 * today and {@value #DUE_SOON_WORKING_DAYS} working days from now is due soon. The SQL fragments read an
	 * application as {@code r} and take their dates from {@link #bind}.
	 *
	 * @param today the day judged
	 * @param soon the last due date that counts as due soon
	 */
	public record Bounds(LocalDate today, LocalDate soon) {

		/** An application still being handled: the clock of OGI art. 33 can run out. */
		static final String OPEN_SQL = "r.status <> 'CLOSED'";

		static final String OVERDUE_SQL = OPEN_SQL + " and r.due_on < :today";

		static final String DUE_SOON_SQL = OPEN_SQL + " and r.due_on between :today and :soon";

		/**
		 * The open applications that became overdue or due soon after an earlier day, up to this one (the daily scan
		 * raises each once); {@link #bindSince} binds its dates.
		 */
		static final String BECAME_URGENT_SQL = OPEN_SQL + " and (r.due_on >= :previous and r.due_on < :today"
				+ " or r.due_on > :soonBefore and r.due_on <= :soon)";

		public boolean overdue(boolean open, LocalDate dueOn) {
			return open && dueOn != null && dueOn.isBefore(today);
		}

		public boolean dueSoon(boolean open, LocalDate dueOn) {
			return open && dueOn != null && !dueOn.isBefore(today) && !dueOn.isAfter(soon);
		}

		/** Binds {@code :today} and {@code :soon} of the SQL fragments. */
		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql) {
			return sql.param("today", today).param("soon", soon);
		}

		/** Binds the dates of {@link #BECAME_URGENT_SQL}: this day's and {@code earlier}'s bounds. */
		JdbcClient.StatementSpec bindSince(Bounds earlier, JdbcClient.StatementSpec sql) {
			return bind(sql).param("previous", earlier.today).param("soonBefore", earlier.soon);
		}

	}

}
