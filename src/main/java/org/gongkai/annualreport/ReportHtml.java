package org.gongkai.annualreport;

import java.util.List;

import org.jsoup.nodes.Entities;

/**
 * The report in the official layout as an HTML fragment: the six section headings, the narrative paragraphs and
 * the three tables with their merged header cells. The portal page, the admin preview, the PDF and the document
 * filed in the 政府信息公开年报 column all show this one rendering.
 */
public final class ReportHtml {

	static final List<String> HEADINGS = List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
			"四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");

	private ReportHtml() {
	}

	public static String body(AnnualReport report) {
		return body(report, code -> null);
	}

	/**
	 * The report with each non-zero figure of tables 二, 三 and 四 linked to the records counted in it: for staff
	 * only; the public report links nothing.
	 *
	 * @param link the address of a cell's records by its code
	 */
	public static String body(AnnualReport report, java.util.function.UnaryOperator<String> link) {
		Narrative n = report.filled();
		List<ReportTable> tables = report.tables();
		StringBuilder html = new StringBuilder("<div class=\"annual-report\">");
		paragraphs(html, n.preamble());
		section(html, 0, n.overview(), null, null);
		section(html, 1, n.proactiveNote(), tables.get(0), link);
		section(html, 2, n.requestsNote(), tables.get(1), link);
		section(html, 3, n.appealsNote(), tables.get(2), link);
		section(html, 4, n.problems(), null, null);
		section(html, 5, n.other(), null, null);
		return html.append("</div>").toString();
	}

	/** Just the three tables, e.g. of the sum of the agencies below a supervising office. */
	public static String tables(ReportFigures figures) {
		StringBuilder html = new StringBuilder();
		ReportTables.all(figures).forEach(table -> table(html, table));
		return html.toString();
	}

	private static void section(StringBuilder html, int index, String text, ReportTable table,
			java.util.function.UnaryOperator<String> link) {
		String id = "report-section-" + (index + 1);
		html.append("<h2 id=\"").append(id).append("\">").append(HEADINGS.get(index)).append("</h2>");
		paragraphs(html, text);
		if (table != null) {
			table(html, table, link, id);
		}
	}

	private static void paragraphs(StringBuilder html, String text) {
		Narrative.paragraphs(text).forEach(p -> html.append("<p>").append(Entities.escape(p)).append("</p>"));
	}

	static void table(StringBuilder html, ReportTable table) {
		table(html, table, code -> null, null);
	}

	/**
	 * A table captioned by its heading; or, inside a section whose heading already says it ({@code headingId}),
	 * labelled by that heading: the official layout prints each heading once.
	 */
	private static void table(StringBuilder html, ReportTable table, java.util.function.UnaryOperator<String> link,
			String headingId) {
		if (headingId == null) {
			html.append("<table class=\"data report-table\"><caption>").append(Entities.escape(table.caption()))
				.append("</caption><tbody>");
		}
		else {
			html.append("<table class=\"data report-table\" aria-labelledby=\"").append(headingId).append("\"><tbody>");
		}
		for (List<ReportTable.Cell> row : table.rows()) {
			html.append("<tr>");
			for (ReportTable.Cell cell : row) {
				String tag = cell.header() ? "th" : "td";
				html.append('<').append(tag);
				if (cell.colspan() > 1) {
					html.append(" colspan=\"").append(cell.colspan()).append('"');
				}
				if (cell.rowspan() > 1) {
					html.append(" rowspan=\"").append(cell.rowspan()).append('"');
				}
				String href = cell.code() == null || isZero(cell.text()) ? null : link.apply(cell.code());
				html.append('>');
				if (href != null) {
					html.append("<a class=\"cell-records\" data-code=\"").append(Entities.escape(cell.code()))
						.append("\" href=\"").append(Entities.escape(href)).append("\">")
						.append(Entities.escape(cell.text())).append("</a>");
				}
				else {
					html.append(Entities.escape(cell.text()));
				}
				html.append("</").append(tag).append('>');
			}
			html.append("</tr>");
		}
		html.append("</tbody></table>");
	}

	private static boolean isZero(String figure) {
		return figure.matches("0(\\.0*)?");
	}

}
