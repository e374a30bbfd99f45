package org.gongkai.annualreport;

/**
 * Where an agency's report of a year stands in its workflow ({@link ReportTransitions}): a draft being written, a
 * draft a supervising office sent back, published, or published with a correction requested by a supervising office.
 */
public enum ReportState {

	/** Not published; the agency writes it. */
	DRAFT,
	/** Not published; a supervising office sent it back with a comment, until the agency saves it again. */
	SENT_BACK,
	/** Published: the statutory document is online. */
	PUBLISHED,
	/**
	 * Published, and a supervising office asked for a correction; the report stays online (a send-back does not take
	 * a published statutory report offline) until the agency publishes a corrected version.
	 */
	CORRECTION_REQUESTED

}
