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

	/** The text with its placeholders written by their Chinese names, as the editor shows them. */
	public Narrative withChinesePlaceholders() {
		return Placeholders.chinese(this);
	}

	/** The Chinese placeholder names the editor offers, in order ({@code 年度}, {@code 主动公开信息条数}, …). */
	public static java.util.Collection<String> placeholderNames() {
		return Placeholders.CHINESE.values();
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
