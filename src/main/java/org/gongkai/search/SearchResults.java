package org.gongkai.search;

import java.util.List;

/**
 * A page of hits.
 *
 * @param total how many documents match; a lower bound when {@code totalExact} is false (very common words: the
 * count stops at {@link #COUNT_LIMIT} so that every search stays fast)
 * @param suggestion a corrected query when a word matched nothing but a near miss in titles would ("did you mean"),
 * else null
 * @param complete how many of the {@code total} match every part of the query; they come first, and the others
 * (offered only when fewer than a page match every part) match most parts
 */
public record SearchResults(SearchQuery query, long total, boolean totalExact, List<SearchHit> hits,
		String suggestion, long complete) {

	/** Results that all match every part of the query. */
	public SearchResults(SearchQuery query, long total, boolean totalExact, List<SearchHit> hits, String suggestion) {
		this(query, total, totalExact, hits, suggestion, total);
	}

	/** Matches are counted exactly up to here. */
	public static final int COUNT_LIMIT = 1_000;

	public SearchResults {
		hits = List.copyOf(hits);
	}

	/** Whether some hits match only most parts of the query (after those that match every part). */
	public boolean partial() {
		return complete < total;
	}

	/** The pages a reader can go to (at most {@link SearchQuery#MAX_PAGE}). */
	public int pages() {
		long pages = (total + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE;
		return (int) Math.min(pages, SearchQuery.MAX_PAGE);
	}

}
