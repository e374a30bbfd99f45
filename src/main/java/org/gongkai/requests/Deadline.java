package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.calendar.WorkingDayCalendar;

/**
 * The reply deadline, derived from the timeline and the calendar, never typed (OGI art. 30, 33):
 * <ul>
 * <li>20 working days after the clock started (the day of receipt, or the day a clarification arrived; that day
 * itself is not counted);</li>
 * <li>plus, for each pause from S to E after the clock started, the working days in (S, E];</li>
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

	static Deadline of(LocalDate clockStartedOn, List<Pause> pauses, int extensionDays, boolean stopped,
			WorkingDayCalendar calendar) {
		if (clockStartedOn == null || stopped || pauses.stream().anyMatch(Pause::isOpen)) {
			return new Deadline(null, false);
		}
		int paused = pauses.stream()
			.filter(pause -> !pause.startedOn().isBefore(clockStartedOn))
			.mapToInt(pause -> calendar.workingDaysBetween(pause.startedOn(), pause.endedOn()))
			.sum();
		return new Deadline(calendar.addWorkingDays(clockStartedOn, REPLY_WORKING_DAYS + extensionDays + paused),
				true);
	}

	public boolean isOverdue(LocalDate today) {
		return dueOn != null && today.isAfter(dueOn);
	}

}
