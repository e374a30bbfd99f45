package org.gongkai.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import static org.gongkai.search.LuceneFields.ATTACHMENT;
import static org.gongkai.search.LuceneFields.BODY;
import static org.gongkai.search.LuceneFields.DATE;
import static org.gongkai.search.LuceneFields.TITLE;

/**
 * One search against one Lucene searcher: the page of hits in the order asked, counted exactly up to
 * {@link SearchResults#COUNT_LIMIT}; the title and one passage of each hit highlighted, HTML-escaped; and, when
 * nothing matched, a suggestion from the titles.
 */
final class LuceneSearch {

	/** About how long a snippet is, in characters. */
	static final int SNIPPET_LENGTH = 120;

	private static final Sort NEWEST_FIRST = new Sort(new SortedNumericSortField(DATE, SortField.Type.LONG, true),
			SortField.FIELD_SCORE);

	private static final String[] HIGHLIGHTED = { TITLE, BODY, ATTACHMENT };

	private final Analyzer analyzer;

	private final LuceneQueries queries;

	private final TitleSuggestions suggestions;

	LuceneSearch(Analyzer analyzer) {
		this.analyzer = analyzer;
		this.queries = new LuceneQueries(analyzer);
		this.suggestions = new TitleSuggestions(queries);
	}

	SearchResults run(IndexSearcher searcher, SearchQuery search, Audience audience, LocalDate today)
			throws IOException {
		Query query = queries.query(search, audience, today);
		int end = search.page() * SearchQuery.PAGE_SIZE;
		TopDocs top = search.order() == SearchQuery.Order.DATE || search.text().isEmpty()
				? searcher.search(query, new TopFieldCollectorManager(NEWEST_FIRST, end, null, SearchResults.COUNT_LIMIT))
				: searcher.search(query, new TopScoreDocCollectorManager(end, null, SearchResults.COUNT_LIMIT));
		ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(top.scoreDocs.length, end - SearchQuery.PAGE_SIZE),
				top.scoreDocs.length);
		boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
		String suggestion = top.totalHits.value == 0 && !search.text().isEmpty()
				? suggestions.suggest(searcher, search, audience) : null;
		return new SearchResults(search, top.totalHits.value, exact, hits(searcher, search, page), suggestion);
	}

	private List<SearchHit> hits(IndexSearcher searcher, SearchQuery search, ScoreDoc[] page) throws IOException {
		if (page.length == 0) {
			return List.of();
		}
		int[] docs = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
		Map<String, String[]> marked = search.text().isEmpty() ? Map.of()
				: joinAdjacent(highlighter(searcher).highlightFields(HIGHLIGHTED,
						queries.highlighted(search.text(), HIGHLIGHTED), docs, new int[] { 1, 1, 1 }));
		List<SearchHit> hits = new ArrayList<>();
		for (int i = 0; i < docs.length; i++) {
			var stored = searcher.storedFields().document(docs[i]);
			String title = marked.containsKey(TITLE) && marked.get(TITLE)[i] != null ? marked.get(TITLE)[i]
					: escape(stored.get(TITLE));
			hits.add(LuceneFields.hit(stored, title, snippet(marked, i, stored.get(BODY))));
		}
		return hits;
	}

	/** Words marked one by one become one mark: {@code <em>政务</em><em>公开</em>} reads as {@code <em>政务公开</em>}. */
	private static Map<String, String[]> joinAdjacent(Map<String, String[]> marked) {
		marked.values().forEach(passages -> java.util.Arrays.setAll(passages,
				i -> passages[i] == null ? null : passages[i].replace("</em><em>", "")));
		return marked;
	}

	/** The body's passage when it has a match, else an attachment's, else the body's opening. */
	private static String snippet(Map<String, String[]> marked, int i, String body) {
		String fromBody = marked.containsKey(BODY) ? marked.get(BODY)[i] : null;
		String fromAttachment = marked.containsKey(ATTACHMENT) ? marked.get(ATTACHMENT)[i] : null;
		if (fromBody != null && fromBody.contains("<em>")) {
			return fromBody;
		}
		if (fromAttachment != null && fromAttachment.contains("<em>")) {
			return fromAttachment;
		}
		if (fromBody != null) {
			return fromBody;
		}
		return escape(body.length() > SNIPPET_LENGTH ? body.substring(0, SNIPPET_LENGTH) + "…" : body);
	}

	private UnifiedHighlighter highlighter(IndexSearcher searcher) {
		return UnifiedHighlighter.builder(searcher, analyzer)
			.withFormatter(new DefaultPassageFormatter("<em>", "</em>", "…", true))
			.withBreakIterator(() -> LengthGoalBreakIterator
				.createClosestToLength(BreakIterator.getSentenceInstance(Locale.CHINA), SNIPPET_LENGTH, 0.3f))
			.withMaxNoHighlightPassages(1)
			.withWeightMatches(false)
			.build();
	}

	private static String escape(String text) {
		return org.jsoup.nodes.Entities.escape(text);
	}

}
