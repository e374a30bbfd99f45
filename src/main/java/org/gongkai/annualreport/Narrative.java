package org.gongkai.annualreport;

import java.util.List;

/**
 * The text of a report: a preamble, section 一, a note under each of tables 二, 三 and 四, section 五 and section
 * 六. Each is plain text, one paragraph per line, and may hold placeholders such as {@code {publishedCount}} that
 * are filled from the figures ({@link Placeholders}).
 */
public record Narrative(String preamble, String overview, String proactiveNote, String requestsNote,
		String appealsNote, String problems, String other) {

	public Narrative {
		preamble = orEmpty(preamble);
		overview = orEmpty(overview);
		proactiveNote = orEmpty(proactiveNote);
		requestsNote = orEmpty(requestsNote);
		appealsNote = orEmpty(appealsNote);
		problems = orEmpty(problems);
		other = orEmpty(other);
	}

	/** Every section in the order the report prints them. */
	public List<String> sections() {
		return List.of(preamble, overview, proactiveNote, requestsNote, appealsNote, problems, other);
	}

	/** All the text, for the checks that read it as a whole. */
	public String text() {
		return String.join("\n", sections());
	}

	Narrative map(java.util.function.UnaryOperator<String> change) {
		return new Narrative(change.apply(preamble), change.apply(overview), change.apply(proactiveNote),
				change.apply(requestsNote), change.apply(appealsNote), change.apply(problems), change.apply(other));
	}

	/** The paragraphs of one section (its non-blank lines). */
	public static List<String> paragraphs(String section) {
		return section.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text.replace("\r\n", "\n");
	}

}
