package org.gongkai.publishing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The document as the reviewer reads it: the cleaned body with each finding of the confidentiality check marked
 * where it stands ({@code <mark class="finding">}), and the plain text of a body, paragraph by paragraph, that the
 * difference from the live version compares.
 */
final class ReviewCopy {

	private ReviewCopy() {
	}

	/** The cleaned body HTML with every occurrence of a finding's text marked; still safe to show as HTML. */
	static String marked(String cleanHtml, List<ConfidentialityCheck.Finding> findings) {
		var body = Jsoup.parseBodyFragment(cleanHtml == null ? "" : cleanHtml).body();
		Set<String> texts = texts(findings);
		if (!texts.isEmpty()) {
			List<TextNode> nodes = new ArrayList<>();
			collect(body, nodes);
			for (TextNode node : nodes) {
				String html = markedText(node.getWholeText(), texts);
				if (!html.equals(Entities.escape(node.getWholeText()))) {
					node.before(html);
					node.remove();
				}
			}
		}
		return body.html();
	}

	/** A plain text escaped for HTML, with every occurrence of a finding's text marked. */
	static String markedText(String plain, List<ConfidentialityCheck.Finding> findings) {
		return markedText(plain == null ? "" : plain, texts(findings));
	}

	private static String markedText(String plain, Set<String> texts) {
		StringBuilder html = new StringBuilder();
		int i = 0;
		while (i < plain.length()) {
			String hit = null;
			for (String text : texts) {
				if (plain.startsWith(text, i) && (hit == null || text.length() > hit.length())) {
					hit = text;
				}
			}
			if (hit == null) {
				html.append(Entities.escape(String.valueOf(plain.charAt(i))));
				i++;
			}
			else {
				html.append("<mark class=\"finding\">").append(Entities.escape(hit)).append("</mark>");
				i += hit.length();
			}
		}
		return html.toString();
	}

	/** The text of a body, one line per paragraph, heading, list item or table row. */
	static String plainText(String html) {
		var body = Jsoup.parseBodyFragment(html == null ? "" : html).body();
		StringBuilder text = new StringBuilder();
		for (Element block : body.select("p, h1, h2, h3, h4, h5, h6, li, tr, pre, blockquote")) {
			if (block.select("p, li, tr").size() == (block.is("p, li, tr") ? 1 : 0)) {
				String line = block.text().strip();
				if (!line.isEmpty()) {
					text.append(line).append('\n');
				}
			}
		}
		if (text.isEmpty()) {
			text.append(body.text());
		}
		return text.toString();
	}

	private static Set<String> texts(List<ConfidentialityCheck.Finding> findings) {
		Set<String> texts = new LinkedHashSet<>();
		for (ConfidentialityCheck.Finding finding : findings) {
			if (!finding.text().isEmpty()) {
				texts.add(finding.text());
			}
		}
		return texts;
	}

	private static void collect(Node node, List<TextNode> into) {
		for (Node child : node.childNodes()) {
			if (child instanceof TextNode text) {
				into.add(text);
			}
			else {
				collect(child, into);
			}
		}
	}

}
