package org.gongkai.interaction;

import java.time.LocalDate;

/**
 * One agency's interaction and supervision figures for a year, counted as of {@code asOf} (31 December, or today
 * for the current year): what the annual report's section 一(五) 监督保障 and section 六 (建议提案办理) quote.
 */
public record InteractionFigures(int year, LocalDate asOf, Consultations consultations, Proposals proposals,
		Findings findings, Training training, Complaints complaints) {

	/**
	 * Consultations received in the year.
	 *
	 * @param handledOnTime answered, forwarded, sent to 信访 or rejected by the due date
	 * @param open still unhandled at {@code asOf}
	 * @param beyondLimit unhandled for more than the website indicators' 3 months (handled late or still open)
	 */
	public record Consultations(long received, long answered, long forwarded, long petitions, long rejected,
			long handledOnTime, long open, long overdue, long beyondLimit) {
	}

	/** Proposals assigned in the year. */
	public record Proposals(long total, long deputySuggestions, long cppccProposals, long lead, long cooperating,
			long replied, long repliedOnTime, long classA, long classB, long classC, long classD, long satisfied,
			long basicallySatisfied, long dissatisfied, long replyPublished) {
	}

	/**
	 * Findings recorded in the year (督查整改).
	 *
	 * @param fixed signed off (销号) by {@code asOf}
	 * @param overdue not signed off by their deadline (signed off late, or still open past it)
	 */
	public record Findings(long found, long fixed, long overdue) {
	}

	/** Training sessions held in the year and their attendance (人次). */
	public record Training(long sessions, long attendees) {
	}

	/** Complaints about disclosure work received in the year, and how many were handled. */
	public record Complaints(long received, long handled) {
	}

}
