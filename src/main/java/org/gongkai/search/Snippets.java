package org.gongkai.search;

/**
 * How every engine turns its highlighted passages into a hit's title and snippet: the matched words in
 * {@code <mark>} (the site CSS shows them bold in the site's red: italics break Chinese type), everything else
 * HTML-escaped; the body's passage when it has a match, else an attachment's, else the body's opening.
 */
final class Snippets {

	/** Opens a marked word. */
	static final String OPEN = "<mark>";

	/** Closes a marked word. */
	static final String CLOSE = "</mark>";

	/** About how long a snippet is, in characters. */
	static final int LENGTH = 120;

	private Snippets() {
	}

	/**
	 * Words marked one by one become one mark: {@code <mark>政务</mark><mark>公开</mark>} reads as
	 * {@code <mark>政务公开</mark>}.
	 */
	static String joinAdjacent(String marked) {
		return marked == null ? null : marked.replace(CLOSE + OPEN, "");
	}

	/** The highlighted title, or the title escaped when none of its words matched. */
	static String title(String marked, String title) {
		return marked != null ? marked : escape(title);
	}

	/**
	 * The body's passage when it has a match, else an attachment's, else the body's passage without a match, else
	 * the body's opening.
	 */
	static String snippet(String fromBody, String fromAttachment, String body) {
		if (fromBody != null && fromBody.contains(OPEN)) {
			return fromBody;
		}
		if (fromAttachment != null && fromAttachment.contains(OPEN)) {
			return fromAttachment;
		}
		if (fromBody != null) {
			return fromBody;
		}
		String text = body == null ? "" : body;
		return escape(text.length() > LENGTH ? text.substring(0, LENGTH) + "…" : text);
	}

	static String escape(String text) {
		return org.jsoup.nodes.Entities.escape(text);
	}

}
