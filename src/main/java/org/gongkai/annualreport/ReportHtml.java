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
		Narrative n = report.filled();
		List<ReportTable> tables = report.tables();
		StringBuilder html = new StringBuilder("<div class=\"annual-report\">");
		paragraphs(html, n.preamble());
		section(html, 0, n.overview(), null);
		section(html, 1, n.proactiveNote(), tables.get(0));
		section(html, 2, n.requestsNote(), tables.get(1));
		section(html, 3, n.appealsNote(), tables.get(2));
		section(html, 4, n.problems(), null);
		section(html, 5, n.other(), null);
		return html.append("</div>").toString();
	}

	/** Just the three tables, e.g. of the sum of the agencies below a supervising office. */
	public static String tables(ReportFigures figures) {
		StringBuilder html = new StringBuilder();
		ReportTables.all(figures).forEach(table -> table(html, table));
		return html.toString();
	}

	private static void section(StringBuilder html, int index, String text, ReportTable table) {
		html.append("<h2>").append(HEADINGS.get(index)).append("</h2>");
		paragraphs(html, text);
		if (table != null) {
			table(html, table);
		}
	}

	private static void paragraphs(StringBuilder html, String text) {
		Narrative.paragraphs(text).forEach(p -> html.append("<p>").append(Entities.escape(p)).append("</p>"));
	}

	static void table(StringBuilder html, ReportTable table) {
		html.append("<table class=\"data report-table\"><caption>").append(Entities.escape(table.caption()))
			.append("</caption><tbody>");
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
				html.append('>').append(Entities.escape(cell.text())).append("</").append(tag).append('>');
			}
			html.append("</tr>");
		}
		html.append("</tbody></table>");
	}

}
