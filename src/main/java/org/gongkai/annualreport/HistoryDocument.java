package org.gongkai.annualreport;

import java.io.Serializable;
import java.util.List;

/**
 * The document of annual-report.md §6 as it arrives: every value as text or a wrapper, so that each bad record can
 * be named by its array and index instead of refusing the whole body at the first bad value.
 */
public record HistoryDocument(List<Request> requests, List<Normative> normativeDocuments,
		List<Case> reconsiderations, List<Case> litigations, List<Statistics> administrativeStatistics)
		implements Serializable {

	public HistoryDocument {
		requests = requests == null ? List.of() : requests;
		normativeDocuments = normativeDocuments == null ? List.of() : normativeDocuments;
		reconsiderations = reconsiderations == null ? List.of() : reconsiderations;
		litigations = litigations == null ? List.of() : litigations;
		administrativeStatistics = administrativeStatistics == null ? List.of() : administrativeStatistics;
	}

	/** An application: open while {@code closedOn} and {@code outcome} are null. */
	public record Request(String reference, String applicantType, String receivedOn, String closedOn,
			String outcome) implements Serializable {
	}

	/** A rule ({@code RULE}) or normative document ({@code NORMATIVE_DOCUMENT}). */
	public record Normative(String reference, String kind, String title, String documentNumber, String issuedOn,
			String abolishedOn) implements Serializable {
	}

	/** A reconsideration or a lawsuit: pending while {@code decidedOn} and {@code result} are null. */
	public record Case(String reference, String filedOn, Boolean afterReconsideration, String decidedOn,
			String result) implements Serializable {
	}

	/** One year's administrative statistics. */
	public record Statistics(Integer year, Long licensing, Long penalty, Long enforcement,
			String administrativeFeesWanYuan) implements Serializable {
	}

	/** One bad record: the array, the index in it, the field and the message key with its arguments. */
	public record Problem(String array, int index, String field, String messageKey, List<Object> arguments) {
	}

	/** How many records of each array were new; the rest were there already (same reference). */
	public record Added(int requests, int normativeDocuments, int reconsiderations, int litigations,
			int administrativeStatistics) implements Serializable {
	}

}
