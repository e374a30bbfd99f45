package org.gongkai.search;

import java.util.Locale;

import org.gongkai.platform.InvalidInput;
import org.gongkai.publishing.Validity;

/**
 * One search as a reader asks it: words, phrases in quotes or a document number, narrowed by filters, in an order,
 * one page at a time. Filters without words list the matching documents newest first.
 *
 * @param agency an agency code: its documents and those of the agencies below it
 * @param column a column code (栏目), the same in every agency's catalog
 * @param genre the document's type (文种, e.g. 通知, 意见, 规定)
 */
public record SearchQuery(String text, String agency, String column, Integer year, Validity validity, String genre,
		Order order, int page) {

	/** Hits on one page. */
	public static final int PAGE_SIZE = 10;

	/** Deeper pages are refused: a reader narrows the search instead. */
	public static final int MAX_PAGE = 100;

	/** Longer text is refused (a sentence or two is plenty to search with). */
	public static final int MAX_LENGTH = 100;

	/** How hits are ordered. */
	public enum Order {

		/** Best match first; titles count more than bodies, recent documents a little more than old ones. */
		RELEVANCE,
		/** Newest first. */
		DATE

	}

	public SearchQuery {
		text = text == null ? "" : text.strip();
		agency = blankToNull(agency);
		column = blankToNull(column);
		genre = blankToNull(genre);
		order = order == null ? Order.RELEVANCE : order;
	}

	/** Words only, every filter off, relevance order, first page. */
	public static SearchQuery of(String text) {
		return new SearchQuery(text, null, null, null, null, null, Order.RELEVANCE, 1);
	}

	/**
	 * A query from the parameters of a page or of the API, as typed: every parameter may be missing or blank; wrong
	 * ones are reported together, each for its field.
	 */
	public static SearchQuery parse(String text, String agency, String column, String year, String validity,
			String genre, String order, String page) {
		InvalidInput.Violations violations = new InvalidInput.Violations();
		String words = text == null ? "" : text.strip();
		if (words.codePointCount(0, words.length()) > MAX_LENGTH) {
			violations.add("q", "search.query.tooLong", MAX_LENGTH);
		}
		Integer parsedYear = number(year, 1949, 2100, "year", "search.query.year", violations);
		Integer parsedPage = number(page, 1, MAX_PAGE, "page", "search.query.page", violations);
		Validity parsedValidity = choice(Validity.class, validity, "validity", violations);
		Order parsedOrder = choice(Order.class, order, "sort", violations);
		violations.throwIfAny();
		return new SearchQuery(words, agency, column, parsedYear, parsedValidity, genre, parsedOrder,
				parsedPage == null ? 1 : parsedPage);
	}

	/** Nothing to search with: no words and no filter. */
	public boolean isEmpty() {
		return text.isEmpty() && agency == null && column == null && year == null && validity == null
				&& genre == null;
	}

	/** The same search on another page. */
	public SearchQuery onPage(int other) {
		return new SearchQuery(text, agency, column, year, validity, genre, order, other);
	}

	private static Integer number(String value, int min, int max, String field, String key,
			InvalidInput.Violations violations) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			int parsed = Integer.parseInt(value.strip());
			if (parsed >= min && parsed <= max) {
				return parsed;
			}
		}
		catch (NumberFormatException e) {
			// reported below, like a number out of range
		}
		violations.add(field, key, min, max);
		return null;
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value, String field,
			InvalidInput.Violations violations) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			violations.add(field, "search.query.choice");
			return null;
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
