package org.gongkai.annualreport;

/**
 * The result of one check of annual-report.md §4. {@code detail} names the failing cells or figures (language
 * neutral: row ids, column codes, numbers); the rule's description is the message key {@code
 * annualreport.check.<RULE>}.
 */
public record Check(Rule rule, boolean ok, String detail) {

	/** Errors block publication; warnings are shown and kept with the report. */
	public enum Severity {

		ERROR, WARNING

	}

	/** The checks, each with its severity. */
	public enum Rule {

		/** §4.1: R1 + R2 = R3.7 + R4 in each of the 7 columns (the printed 勾稽关系). */
		BALANCE(Severity.ERROR),
		/** §4.2: R3.7 is the sum of the outcome rows, per column. */
		OUTCOME_SUM(Severity.ERROR),
		/** §4.2: TOTAL is the sum of the six applicant columns, per row. */
		APPLICANT_SUM(Severity.ERROR),
		/** §4.2: no negative cell anywhere. */
		NON_NEGATIVE(Severity.ERROR),
		/** §4.3: in each appeals group, total = upheld + corrected + other + pending. */
		APPEALS_SUM(Severity.ERROR),
		/** §4.4: a number in the narrative contradicts the tables, or a placeholder is unknown. */
		NARRATIVE_NUMBERS(Severity.ERROR),
		/**
		 * The report year has ended in Beijing time: the figures count up to 31 December of the year (§3), so the
		 * report is published from 1 January of the next ({@link YearEnd}).
		 */
		YEAR_ENDED(Severity.ERROR),
		/** The narrative still holds a fill-in prompt of the template ({@link NarrativeTemplate#PROMPT}). */
		PROMPTS_FILLED(Severity.ERROR),
		/** §4.5: R2(Y) = R4(Y−1) of the previous published report. */
		CARRY_OVER(Severity.WARNING),
		/** §4.6: in force(Y) = in force(Y−1) + issued(Y) − abolished(Y). */
		IN_FORCE_STOCK(Severity.WARNING),
		/** §4.7: a figure changes by more than ×5 or below ×0.2 year on year. */
		YEAR_ON_YEAR(Severity.WARNING),
		/** §4.7: the narrative repeats more than half of last year's text. */
		REPEATED_TEXT(Severity.WARNING),
		/**
		 * §4.7: published after the due day of the following year (OGI art. 49: 31 January for a department, 31
		 * March for a people's government's own report; {@link ReportDeadline}).
		 */
		LATE(Severity.WARNING),
		/**
		 * 行政事业性收费 of an implausible magnitude for the agency's level, or a jump of about ×10,000 on the previous
		 * year: a figure in 元 typed into the 万元 field, or the reverse ({@link FeeMagnitude}).
		 */
		FEES_UNIT(Severity.WARNING),
		/** 行政事业性收费 far above or below the agencies of the same level under the same parent ({@link FeeMagnitude}). */
		FEES_PEERS(Severity.WARNING);

		private final Severity severity;

		Rule(Severity severity) {
			this.severity = severity;
		}

		public Severity severity() {
			return severity;
		}

	}

	public Severity severity() {
		return rule.severity();
	}

	/** The key of the rule's description in the message bundles. */
	public String messageKey() {
		return "annualreport.check" + '.' + rule.name();
	}

	/** The key of what a failed check found ({@code annualreport.check.<RULE>.failed}), which says it failed. */
	public String failureKey() {
		return messageKey() + ".failed";
	}

	/** The key to label the check with: the rule while it passes, what it found once it fails. */
	public String labelKey() {
		return ok ? messageKey() : failureKey();
	}

	/** A failed error: the report cannot be published. */
	public boolean blocks() {
		return !ok && rule.severity() == Severity.ERROR;
	}

}
