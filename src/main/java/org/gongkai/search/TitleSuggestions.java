package org.gongkai.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

import static org.gongkai.search.LuceneFields.TITLE;
import static org.gongkai.search.LuceneFields.TITLE_GRAMS;

/**
 * "Did you mean": a part of the query that matches nothing is compared with the titles that share most of its
 * character pairs, and replaced by the stretch of title closest to it (one character off for short words, two for
 * longer ones) — 政务公幵 becomes 政务公开. The suggestion is only made when it finds something for the same reader.
 */
final class TitleSuggestions {

	/** Titles whose stretches are compared. */
	static final int CANDIDATE_TITLES = 50;

	private final LuceneQueries queries;

	TitleSuggestions(LuceneQueries queries) {
		this.queries = queries;
	}

	String suggest(IndexSearcher searcher, SearchQuery search, Audience audience) throws IOException {
		List<String> corrected = new ArrayList<>();
		boolean changed = false;
		for (QueryText.Part part : QueryText.parse(search.text()).parts()) {
			String better = part.quoted() || matches(searcher, queries.part(part), search, audience) ? null
					: closestInTitles(searcher, part.text(), search, audience);
			corrected.add(better != null ? better : part.quoted() ? "\"" + part.text() + "\"" : part.text());
			changed |= better != null;
		}
		String suggestion = String.join(" ", corrected);
		return changed && matches(searcher, queries.text(suggestion), search, audience) ? suggestion : null;
	}

	private boolean matches(IndexSearcher searcher, Query query, SearchQuery search, Audience audience)
			throws IOException {
		return query != null && searcher.count(filtered(query, search, audience)) > 0;
	}

	private String closestInTitles(IndexSearcher searcher, String word, SearchQuery search, Audience audience)
			throws IOException {
		List<String> grams = queries.terms(TITLE_GRAMS, word);
		if (grams.isEmpty()) {
			return null;
		}
		BooleanQuery.Builder shared = new BooleanQuery.Builder();
		grams.stream().distinct().forEach(gram -> shared.add(new TermQuery(new Term(TITLE_GRAMS, gram)), Occur.SHOULD));
		shared.setMinimumNumberShouldMatch(Math.max(1, grams.size() - 2));
		int allowed = word.codePointCount(0, word.length()) <= 4 ? 1 : 2;
		Map<String, Integer> found = new HashMap<>();
		for (ScoreDoc hit : searcher.search(filtered(shared.build(), search, audience), CANDIDATE_TITLES).scoreDocs) {
			String title = searcher.storedFields().document(hit.doc).get(TITLE);
			stretches(title, word.length()).stream()
				.filter(stretch -> distance(stretch, word) > 0 && distance(stretch, word) <= allowed)
				.forEach(stretch -> found.merge(stretch, 1, Integer::sum));
		}
		return found.entrySet()
			.stream()
			.min(java.util.Comparator.comparingInt((Map.Entry<String, Integer> e) -> distance(e.getKey(), word))
				.thenComparing(e -> -e.getValue())
				.thenComparing(Map.Entry::getKey))
			.map(Map.Entry::getKey)
			.orElse(null);
	}

	private static Query filtered(Query query, SearchQuery search, Audience audience) {
		BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(query, Occur.MUST);
		LuceneQueries.filters(search, audience).forEach(filter -> filtered.add(filter, Occur.FILTER));
		return filtered.build();
	}

	/** Every stretch of the title of about the word's length, without punctuation or spaces. */
	private static List<String> stretches(String title, int length) {
		List<String> stretches = new ArrayList<>();
		for (int size = Math.max(1, length - 1); size <= length + 1; size++) {
			for (int from = 0; from + size <= title.length(); from++) {
				String stretch = title.substring(from, from + size);
				if (stretch.codePoints().allMatch(Character::isLetterOrDigit)) {
					stretches.add(stretch);
				}
			}
		}
		return stretches;
	}

	/** Levenshtein distance. */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
