package org.gongkai.search.web;

import org.gongkai.search.SearchQuery;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search form's parameters as typed (all optional, all text, so that nothing a reader types fails binding).
 * Public so that templates can call {@link #link}.
 */
public record SearchForm(String q, String agency, String column, String year, String validity, String genre, String sort,
		String page) {

	/** The query, or {@link org.gongkai.platform.InvalidInput} naming each wrong parameter. */
	SearchQuery query() {
		return SearchQuery.parse(q, agency, column, year, validity, genre, sort, page);
	}

	/** The link to another page of the same search (or, with other words, to a suggestion). */
	public String link(String path, String words, int toPage) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
		param(link, "q", words);
		param(link, "agency", agency);
		param(link, "column", column);
		param(link, "year", year);
		param(link, "validity", validity);
		param(link, "genre", genre);
		param(link, "sort", sort);
		if (toPage > 1) {
			link.queryParam("page", toPage);
		}
		return link.encode().build().toUriString();
	}

	private static void param(UriComponentsBuilder link, String name, String value) {
		if (value != null && !value.isBlank()) {
			link.queryParam(name, value.strip());
		}
	}

}
