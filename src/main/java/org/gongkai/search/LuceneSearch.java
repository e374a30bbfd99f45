package org.gongkai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
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

	private static final Sort NEWEST_FIRST = new Sort(new SortedNumericSortField(DATE, SortField.Type.LONG, true),
			SortField.FIELD_SCORE);

	private static final String[] HIGHLIGHTED = { TITLE, BODY, ATTACHMENT };

	private final Analyzer analyzer;

	private final LuceneQueries queries;

	LuceneSearch(Analyzer analyzer) {
		this.analyzer = analyzer;
		this.queries = new LuceneQueries(analyzer);
	}

	SearchResults run(IndexSearcher searcher, SearchQuery search, Audience audience, LocalDate today,
			Synonyms synonyms) throws IOException {
		int end = search.page() * SearchQuery.PAGE_SIZE;
		TopDocs top = top(searcher, queries.query(search, audience, today, synonyms), search, end);
		long complete = top.totalHits.value;
		long total = complete;
		boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
		ScoreDoc[] all = top.scoreDocs;
		Query loose = complete < SearchQuery.PAGE_SIZE && !search.text().isEmpty() && !numberFound(searcher, search, all)
				? queries.loose(search, audience, today, synonyms) : null;
		if (loose != null) {
			// fewer than a page match every part: those first, then the documents with most of the words
			TopDocs wider = top(searcher, loose, search, end + all.length);
			if (wider.totalHits.value > 0) {
				all = followedBy(all, wider.scoreDocs, end);
				// the complete matches are nearly always among the wider ones (they have every word)
				total = Math.max(complete, wider.totalHits.value);
				exact = exact && wider.totalHits.relation == TotalHits.Relation.EQUAL_TO;
			}
		}
		ScoreDoc[] page = Arrays.copyOfRange(all, Math.min(all.length, end - SearchQuery.PAGE_SIZE), all.length);
		String suggestion = complete == 0 && !search.text().isEmpty()
				? TitleSuggestions.suggest(search, new LuceneTitles(searcher, search, audience, synonyms)) : null;
		return new SearchResults(search, total, exact, hits(searcher, search, page, synonyms), suggestion, complete);
	}

	/**
	 * Whether the best complete match is a document or index number the reader typed: they sought that document, and
	 * documents sharing a part of the number (the year, the serial) would only bury it.
	 */
	private boolean numberFound(IndexSearcher searcher, SearchQuery search, ScoreDoc[] complete) throws IOException {
		Query number = complete.length == 0 ? null : queries.number(search.text());
		if (number == null) {
			return false;
		}
		int doc = complete[0].doc;
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
		Scorer scorer = searcher.createWeight(searcher.rewrite(number), ScoreMode.COMPLETE_NO_SCORES, 1f).scorer(leaf);
		return scorer != null && scorer.iterator().advance(doc - leaf.docBase) == doc - leaf.docBase;
	}

	private static TopDocs top(IndexSearcher searcher, Query query, SearchQuery search, int end) throws IOException {
		return search.order() == SearchQuery.Order.DATE || search.text().isEmpty()
				? searcher.search(query, new TopFieldCollectorManager(NEWEST_FIRST, end, null, SearchResults.COUNT_LIMIT))
				: searcher.search(query, new TopScoreDocCollectorManager(end, null, SearchResults.COUNT_LIMIT));
	}

	/** The complete matches, then the others of the wider search, up to {@code end}. */
	private static ScoreDoc[] followedBy(ScoreDoc[] complete, ScoreDoc[] wider, int end) {
		java.util.Set<Integer> seen = new java.util.HashSet<>();
		List<ScoreDoc> all = new ArrayList<>();
		for (ScoreDoc hit : complete) {
			seen.add(hit.doc);
			all.add(hit);
		}
		for (ScoreDoc hit : wider) {
			if (all.size() < end && seen.add(hit.doc)) {
				all.add(hit);
			}
		}
		return all.toArray(ScoreDoc[]::new);
	}

	private List<SearchHit> hits(IndexSearcher searcher, SearchQuery search, ScoreDoc[] page, Synonyms synonyms)
			throws IOException {
		if (page.length == 0) {
			return List.of();
		}
		int[] docs = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
		Map<String, String[]> marked = search.text().isEmpty() ? Map.of()
				: highlighter(searcher).highlightFields(HIGHLIGHTED,
						queries.highlighted(search.text(), synonyms, HIGHLIGHTED),
						docs, new int[] { 1, 1, 1 });
		List<SearchHit> hits = new ArrayList<>();
		for (int i = 0; i < docs.length; i++) {
			var stored = searcher.storedFields().document(docs[i]);
			hits.add(LuceneFields.hit(stored, Snippets.title(marked(marked, TITLE, i), stored.get(TITLE)),
					Snippets.snippet(marked(marked, BODY, i), marked(marked, ATTACHMENT, i), stored.get(BODY))));
		}
		return hits;
	}

	private UnifiedHighlighter highlighter(IndexSearcher searcher) {
		return UnifiedHighlighter.builder(searcher, analyzer)
			.withFormatter(new DefaultPassageFormatter(Snippets.OPEN, Snippets.CLOSE, "…", true))
			.withBreakIterator(() -> LengthGoalBreakIterator
				.createClosestToLength(BreakIterator.getSentenceInstance(Locale.CHINA), Snippets.LENGTH, 0.3f))
			.withMaxNoHighlightPassages(1)
			.withWeightMatches(false)
			.build();
	}

	private static String marked(Map<String, String[]> marked, String field, int i) {
		return marked.containsKey(field) ? Snippets.joinAdjacent(marked.get(field)[i]) : null;
	}

	/** The suggester's questions, answered by this searcher within the search's filters. */
	private final class LuceneTitles implements TitleSuggestions.Titles {

		private final IndexSearcher searcher;

		private final SearchQuery search;

		private final Audience audience;

		private final Synonyms synonyms;

		LuceneTitles(IndexSearcher searcher, SearchQuery search, Audience audience, Synonyms synonyms) {
			this.searcher = searcher;
			this.search = search;
			this.audience = audience;
			this.synonyms = synonyms;
		}

		@Override
		public boolean partMatches(QueryText.Part part) {
			return matches(queries.part(part, synonyms));
		}

		@Override
		public boolean textMatches(String text) {
			return matches(queries.text(text, synonyms));
		}

		@Override
		public List<String> grams(String word) {
			return queries.terms(LuceneFields.TITLE_GRAMS, word);
		}

		@Override
		public List<String> sharing(List<String> grams, int minimum, int limit) {
			BooleanQuery.Builder shared = new BooleanQuery.Builder();
			grams.forEach(gram -> shared.add(new TermQuery(new Term(LuceneFields.TITLE_GRAMS, gram)), Occur.SHOULD));
			shared.setMinimumNumberShouldMatch(minimum);
			try {
				List<String> titles = new ArrayList<>();
				for (ScoreDoc hit : searcher.search(filtered(shared.build()), limit).scoreDocs) {
					titles.add(searcher.storedFields().document(hit.doc).get(TITLE));
				}
				return titles;
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		private boolean matches(Query query) {
			try {
				return query != null && searcher.count(filtered(query)) > 0;
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		private Query filtered(Query query) {
			BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(query, Occur.MUST);
			LuceneFilters.of(search, audience).forEach(filter -> filtered.add(filter, Occur.FILTER));
			return filtered.build();
		}

	}

}
