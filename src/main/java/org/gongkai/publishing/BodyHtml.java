package org.gongkai.publishing;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * The body of a document as stored and published: HTML cleaned against an allow-list (architecture.md §5) —
 * paragraphs, headings, lists, tables, emphasis and links, no scripts, styles or event handlers. Plain text becomes
 * one paragraph per line.
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
		return Jsoup.clean(text, ALLOWED);
	}

}
