package org.gongkai.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.calendar.CalendarDate;
import org.gongkai.calendar.WorkingDayCalendar;

/**
 * A due date explained step by step, from the very {@link Deadline.Count} the due date was computed from (OGI art.
 * 30–34; 国办函〔2020〕109号): the day of receipt (not counted), a clarification that restarted the clock, the 20
 * working days, each pause with the working days it added, an extension with its days and approval, the total; then
 * the days the count passed over — weekends, holidays by name, make-up workdays (调休上班) by name —, a provisional
 * year, and the due day. An applicant can count it again by hand on {@link #months the calendar picture}, whose
 * numbered working days end on the due day.
 *
 * @param dueOn the due date, as stored; null while the clock stands still
 * @param steps the explanation, in order, as data
 * @param months the month grids from the day the clock started to the due day (or today)
 */
public record DeadlineExplanation(LocalDate dueOn, boolean running, Integer provisionalYear, List<Step> steps,
		List<CalendarPicture.Month> months) {

	/** What a step says; each has one sentence in the message bundles ({@code deadline.step.KIND}). */
	public enum Kind {

		/** The day of receipt (art. 31); not counted (art. 33). */
		RECEIVED,
		/** A clarification was asked (art. 30): the clock stood still. */
		CLARIFICATION_REQUESTED,
		/** The clarified application arrived: the 20 working days run again from that day (art. 30). */
		CLARIFIED,
		/** Waiting for the clarification: no due date until it arrives. */
		AWAITING_CLARIFICATION,
		/** 20 working days (art. 33 ¶2). */
		BASE,
		/** A consultation that ended: its working days are added (art. 32, 34; art. 33 ¶3). */
		CONSULTATION,
		/** A consultation still running: the clock stands still. */
		IN_CONSULTATION,
		/** A wait for payment that ended: its working days are added (国办函〔2020〕109号). */
		FEE,
		/** A wait for payment still running: the clock stands still. */
		AWAITING_PAYMENT,
		/** The extension approved by the head of the office (art. 33 ¶2). */
		EXTENSION,
		/** The working days counted in all, from the day after the clock started. */
		TOTAL,
		/** The weekend days passed over. */
		WEEKENDS,
		/** A holiday of the notice passed over, by name and span. */
		HOLIDAY,
		/** A make-up workday (调休上班) counted as a working day. */
		MAKE_UP_WORKDAY,
		/** A year counted on its provisional calendar. */
		PROVISIONAL,
		/** The due day: the last of the working days counted. */
		DUE,
		/** The application was closed while the clock stood still: it had no due date. */
		CLOSED_WITHOUT_DUE

	}

	/**
	 * One step: its dates, a number of days, a name (a festival, or a provisional year); fields a step does not use
	 * are null.
	 */
	public record Step(Kind kind, LocalDate from, LocalDate to, Integer days, String name) {

		static Step on(Kind kind, LocalDate from) {
			return new Step(kind, from, null, null, null);
		}

	}

	/**
	 * Explains the due date of {@code r} from its count; {@code extendedOn} is the day the extension was recorded (from
	 * the timeline), {@code today} bounds the picture while the clock stands still.
	 */
	static DeadlineExplanation of(DisclosureRequest r, LocalDate extendedOn, LocalDate today,
			WorkingDayCalendar calendar) {
		// A closed application keeps the due date it had; closed while the clock stood still, it had none.
		boolean stoppedAtClose = r.status == RequestStatus.CLOSED && r.dueOn == null;
		Deadline.Count count = stoppedAtClose ? null : r.count(calendar);
		Deadline deadline = count == null ? new Deadline(null, false) : count.deadline();
		List<Step> steps = new ArrayList<>();
		if (r.receivedOn != null) {
			steps.add(Step.on(Kind.RECEIVED, r.receivedOn));
		}
		if (r.clarificationRequestedOn != null) {
			steps.add(Step.on(Kind.CLARIFICATION_REQUESTED, r.clarificationRequestedOn));
		}
		if (r.clarifiedOn != null && r.clarifiedOn.equals(r.clockStartedOn)) {
			steps.add(Step.on(Kind.CLARIFIED, r.clarifiedOn));
		}
		Integer provisional = null;
		if (deadline.dueOn() == null) {
			stopped(r, stoppedAtClose, steps);
		}
		else {
			steps.add(new Step(Kind.BASE, count.clockStartedOn(), null, Deadline.REPLY_WORKING_DAYS, null));
			for (Deadline.Count.Paused paused : count.pauses()) {
				Kind kind = paused.pause().kind() == Pause.PauseKind.CONSULTATION ? Kind.CONSULTATION : Kind.FEE;
				steps.add(new Step(kind, paused.pause().startedOn(), paused.pause().endedOn(), paused.workingDays(),
						null));
			}
			if (count.extensionDays() > 0) {
				steps.add(new Step(Kind.EXTENSION, extendedOn, null, count.extensionDays(), null));
			}
			steps.add(new Step(Kind.TOTAL, count.clockStartedOn(), null, count.total(), null));
			passedOver(count.clockStartedOn(), deadline.dueOn(), calendar, steps);
			provisional = calendar.provisionalYear(count.clockStartedOn(), deadline.dueOn()).orElse(null);
			if (provisional != null) {
				steps.add(new Step(Kind.PROVISIONAL, null, null, null, provisional.toString()));
			}
			steps.add(new Step(Kind.DUE, deadline.dueOn(), null, count.total(), null));
		}
		LocalDate from = r.clockStartedOn != null ? r.clockStartedOn : r.receivedOn;
		LocalDate to = deadline.dueOn() != null ? deadline.dueOn() : r.closedOn != null ? r.closedOn : today;
		List<CalendarPicture.Month> months = from == null ? List.of()
				: CalendarPicture.of(from, to, deadline.dueOn(), r.pauses, calendar);
		return new DeadlineExplanation(deadline.dueOn(), deadline.running(), provisional, List.copyOf(steps), months);
	}

	private static void stopped(DisclosureRequest r, boolean stoppedAtClose, List<Step> steps) {
		if (stoppedAtClose) {
			steps.add(Step.on(Kind.CLOSED_WITHOUT_DUE, r.closedOn));
			return;
		}
		if (r.status == RequestStatus.AWAITING_CLARIFICATION) {
			steps.add(Step.on(Kind.AWAITING_CLARIFICATION, r.clarificationRequestedOn));
		}
		r.pauses.stream().filter(Pause::isOpen).forEach(pause -> steps.add(Step.on(
				pause.kind() == Pause.PauseKind.CONSULTATION ? Kind.IN_CONSULTATION : Kind.AWAITING_PAYMENT,
				pause.startedOn())));
	}

	/**
	 * The days after {@code start} up to {@code due} that were not counted, and the make-up workdays that were: the
	 * weekend days as one number, each holiday as a named span, each make-up workday by name.
	 */
	private static void passedOver(LocalDate start, LocalDate due, WorkingDayCalendar calendar, List<Step> steps) {
		int weekends = 0;
		Step holiday = null;
		List<Step> named = new ArrayList<>();
		for (LocalDate day = start.plusDays(1); !day.isAfter(due); day = day.plusDays(1)) {
			CalendarDate date = calendar.describe(day);
			if (date.kind() == CalendarDate.Kind.HOLIDAY) {
				if (holiday != null && holiday.name().equals(date.name()) && holiday.to().plusDays(1).equals(day)) {
					holiday = new Step(Kind.HOLIDAY, holiday.from(), day, holiday.days() + 1, holiday.name());
					named.set(named.size() - 1, holiday);
				}
				else {
					holiday = new Step(Kind.HOLIDAY, day, day, 1, date.name());
					named.add(holiday);
				}
			}
			else if (date.kind() == CalendarDate.Kind.REST_DAY) {
				weekends++;
			}
			else if (date.kind() == CalendarDate.Kind.MAKE_UP_WORKDAY) {
				named.add(new Step(Kind.MAKE_UP_WORKDAY, day, null, null, date.name()));
			}
		}
		if (weekends > 0) {
			steps.add(new Step(Kind.WEEKENDS, null, null, weekends, null));
		}
		steps.addAll(named);
	}

}
