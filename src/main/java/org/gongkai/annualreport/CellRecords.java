package org.gongkai.annualreport;

import java.util.List;

/**
 * The records one figure of a report counts (tables 二, 三, 四), listed by the condition its count uses: the
 * applications with their tracking numbers, outcomes and dates, the documents, the appeal cases, or the row of
 * administrative statistics. {@code rule} names the counting rule quoted from annual-report.md
 * ({@code annualreport.rule.*}); {@code headers} name the columns ({@code annualreport.cell.*}).
 *
 * @param figure the figure of the draft, counted from the records now: for a count cell, as many as the list holds,
 *     by construction
 * @param published the figure of the published version, when there is one (it may differ after late edits)
 * @param countCell whether the figure is a count of the records listed (the fees are an amount)
 */
public record CellRecords(String agencyCode, String agencyName, int year, String code, String table,
		List<String> labels, String figure, String published, boolean countCell, String rule, List<String> headers,
		List<Line> lines) {

	public CellRecords {
		labels = List.copyOf(labels);
		headers = List.copyOf(headers);
		lines = List.copyOf(lines);
	}

	/** One record: where staff open it, and its values in the order of the headers. */
	public record Line(String href, List<Value> values) {
	}

	/** A value: plain text, or a message key ({@code key}) for an outcome, an applicant type, a result. */
	public record Value(String text, boolean key) {

		static Value text(Object value) {
			return new Value(value == null ? "" : value.toString(), false);
		}

		/** The message key of an enum's constant under {@code prefix}, e.g. requests.outcome.DISCLOSED. */
		static Value key(String prefix, Enum<?> constant) {
			return new Value(prefix + "." + constant.name(), true);
		}

	}

	/** Whether a published version shows another figure than the records give now. */
	public boolean changedSincePublication() {
		return published != null && !published.equals(figure);
	}

	public int counted() {
		return lines.size();
	}

	/** Whether the list holds as many records as the figure counts. */
	public boolean agrees() {
		return !countCell || figure.equals(Integer.toString(lines.size()));
	}

}
