package org.gongkai.annualreport;

import org.gongkai.platform.TransitionTable;

import static org.gongkai.annualreport.ReportAction.PUBLISH;
import static org.gongkai.annualreport.ReportAction.SAVE;
import static org.gongkai.annualreport.ReportAction.SEND_BACK;
import static org.gongkai.annualreport.ReportState.CORRECTION_REQUESTED;
import static org.gongkai.annualreport.ReportState.DRAFT;
import static org.gongkai.annualreport.ReportState.PUBLISHED;
import static org.gongkai.annualreport.ReportState.SENT_BACK;

/**
 * The transition table of an agency's annual report: state × action → next state. A send-back moves a draft to
 * {@link ReportState#SENT_BACK} and saving returns it to a draft; a published report is never taken offline by a
 * send-back, which records a correction request instead, answered by publishing a corrected version. Publishing
 * stays the agency's decision in every state (OGI art. 49: it is the agency's statutory document and its date).
 * Who may act (the agency's own staff, a supervising office) is decided on top of it by {@link AnnualReports}.
 */
public final class ReportTransitions {

	static final TransitionTable<ReportState, ReportAction> TABLE = TransitionTable
		.builder(ReportState.class, ReportAction.class, "annualreport.transition.notAllowed")
		.initial(DRAFT)
		.from(DRAFT).on(SAVE, DRAFT).on(PUBLISH, PUBLISHED).on(SEND_BACK, SENT_BACK)
		.from(SENT_BACK).on(SAVE, DRAFT).on(PUBLISH, PUBLISHED).on(SEND_BACK, SENT_BACK)
		.from(PUBLISHED).on(SAVE, PUBLISHED).on(PUBLISH, PUBLISHED).on(SEND_BACK, CORRECTION_REQUESTED)
		.from(CORRECTION_REQUESTED).on(SAVE, CORRECTION_REQUESTED)
		.on(PUBLISH, PUBLISHED)
		.on(SEND_BACK, CORRECTION_REQUESTED)
		.build();

	private ReportTransitions() {
	}

	/** The table as a Mermaid state diagram. */
	public static String mermaid() {
		return TABLE.mermaid();
	}

}
