package org.gongkai.publishing;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * The body of a document as stored and published: HTML cleaned against an allow-list (architecture.md §5) —
 * paragraphs, headings, lists, tables, emphasis and links, no scripts, styles or event handlers. Plain text becomes
 * one paragraph per line, and in HTML every paragraph is a {@code <p>}.
 */
final class BodyHtml {

	private static final Safelist ALLOWED = Safelist.relaxed()
		.removeTags("img")
		.addAttributes("td", "colspan", "rowspan")
		.addAttributes("th", "colspan", "rowspan", "scope");

	private static final java.util.regex.Pattern HTML = java.util.regex.Pattern.compile("<\\s*[a-zA-Z/!]");

	private BodyHtml() {
	}

	/**
	 * The longest body accepted, in characters of the typed text or HTML (issue 22): several times the longest
	 * regulation, and a bound on what one save makes the server parse, check and render.
	 */
	static final int MAX_LENGTH = 500_000;

	static String clean(String typed) {
		if (typed != null && typed.length() > MAX_LENGTH) {
			throw org.gongkai.platform.DomainException.invalid("body", "publishing.document.body.tooLong", MAX_LENGTH);
		}
		String text = typed == null ? "" : typed.strip();
		if (!HTML.matcher(text).find()) {
			StringBuilder html = new StringBuilder();
			for (String line : text.split("\\R")) {
				if (!line.isBlank()) {
					html.append("<p>").append(org.jsoup.nodes.Entities.escape(line.strip())).append("</p>");
				}
			}
			return html.toString();
		}
		return paragraphs(Jsoup.clean(text, ALLOWED));
	}

	/** Whether a cleaned body has any text to read. */
	static boolean hasText(String cleanHtml) {
		return cleanHtml != null && !Jsoup.parseBodyFragment(cleanHtml).body().text().isBlank();
	}

	/**
	 * Every paragraph a {@code <p>}, so the site indents it: a browser's editable area leaves the first line typed
	 * into an empty body as bare text and puts each line after it in a {@code <div>} (or a {@code <p>}). At the top
	 * level, each run of text and inline elements becomes a paragraph, a {@code <div>} of inline content becomes one,
	 * and a paragraph with nothing to read (an empty line, a lone {@code <br>}) goes.
	 */
	private static String paragraphs(String cleanHtml) {
		Element body = Jsoup.parseBodyFragment(cleanHtml).body();
		List<Node> run = new ArrayList<>();
		for (Node node : new ArrayList<>(body.childNodes())) {
			if (node instanceof TextNode || (node instanceof Element element && !element.isBlock())) {
				run.add(node);
				continue;
			}
			paragraph(run);
			if (node instanceof Element element && (element.nameIs("div") || element.nameIs("p"))
					&& element.children().stream().noneMatch(Element::isBlock)) {
				if (element.text().isBlank()) {
					element.remove();
				}
				else {
					element.tagName("p");
				}
			}
		}
		paragraph(run);
		return body.html();
	}

	/** The nodes, side by side at the top level, in one new paragraph; nothing to read in them, they go. */
	private static void paragraph(List<Node> run) {
		if (run.isEmpty()) {
			return;
		}
		boolean blank = run.stream().allMatch(node -> node instanceof TextNode text ? text.isBlank()
				: node instanceof Element element && element.text().isBlank());
		if (blank) {
			run.forEach(Node::remove);
		}
		else {
			Element paragraph = new Element("p");
			run.get(0).before(paragraph);
			run.forEach(paragraph::appendChild);
		}
		run.clear();
	}

}
