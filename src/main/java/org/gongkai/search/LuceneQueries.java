package org.gongkai.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import static org.gongkai.search.LuceneFields.*;

/**
 * A {@link SearchQuery} as a Lucene query. Every part of the text must match somewhere — title, title substring,
 * summary, keywords, body, attachments or numbers — and where it matches decides its weight: the title counts four
 * times the body. A part containing a word of a synonym group also matches with the other words of the group. The
 * {@link #loose loose} query asks for a share ({@link #SHARE}) of the words only, for when few documents have them
 * all. A whole document or index number, typed exactly or in parts, outweighs everything. Recent
 * documents get a small bonus that halves at a year's age.
 */
final class LuceneQueries {

	static final float TITLE_BOOST = 4f;

	static final float ABOUT_BOOST = 2f;

	static final float ATTACHMENT_BOOST = 0.8f;

	static final float NUMBER_PART_BOOST = 3f;

	/** A whole number typed in parts scores this, whatever else matches: far above any words. */
	static final float NUMBER_SCORE = 50f;

	/** A whole number typed exactly scores this. */
	static final float EXACT_NUMBER_SCORE = 100f;

	static final float RECENCY_WEIGHT = 1.5f;

	static final long RECENCY_PIVOT_DAYS = 365;

	/** The share of the query's words a loosely matching document has, rounded up: 2 of 3, 3 of 4 or 5. */
	static final double SHARE = 0.6;

	/** Words the highlighter looks for at most (Lucene refuses more than 1,024 clauses). */
	static final int HIGHLIGHTED_WORDS = 500;

	private final QueryAnalysis analysis;

	LuceneQueries(Analyzer analyzer) {
		this.analysis = new QueryAnalysis(analyzer);
	}

	/** The query with its filters and, ordered by relevance, the recency bonus: every part must match. */
	Query query(SearchQuery search, Audience audience, LocalDate today, Synonyms synonyms) {
		return filtered(search.text().isEmpty() ? new MatchAllDocsQuery() : text(search.text(), synonyms), search,
				audience, today);
	}

	/**
	 * The query that also finds documents with most of the words: those matching {@link #SHARE} of the words (each
	 * word, or stretch that is a synonym, in any field); null when the text has fewer than two words, where it would
	 * find nothing more. It runs after the complete query, whose matches it does not repeat (the caller puts them
	 * first), and its words are plain terms: the costly forms of the complete query (a word's characters in a row,
	 * proximity) would cost several times the complete query for what only orders the tail.
	 */
	Query loose(SearchQuery search, Audience audience, LocalDate today, Synonyms synonyms) {
		List<Query> units = units(search.text(), synonyms);
		if (units.size() < 2) {
			return null;
		}
		BooleanQuery.Builder most = new BooleanQuery.Builder();
		units.forEach(unit -> most.add(unit, Occur.SHOULD));
		most.setMinimumNumberShouldMatch((int) Math.ceil(SHARE * units.size()));
		return filtered(most.build(), search, audience, today);
	}

	private Query filtered(Query text, SearchQuery search, Audience audience, LocalDate today) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		query.add(text, Occur.MUST);
		if (!search.text().isEmpty() && search.order() == SearchQuery.Order.RELEVANCE) {
			query.add(LongPoint.newDistanceFeatureQuery(DATE, RECENCY_WEIGHT, today.toEpochDay(), RECENCY_PIVOT_DAYS),
					Occur.SHOULD);
		}
		LuceneFilters.of(search, audience).forEach(filter -> query.add(filter, Occur.FILTER));
		return query.build();
	}

	/** What the text asks for, without filters: every part, or a synonym of it, must match. */
	Query text(String text, Synonyms synonyms) {
		BooleanQuery.Builder words = new BooleanQuery.Builder();
		QueryText.parse(text).parts().stream().map(part -> part(part, synonyms)).filter(java.util.Objects::nonNull)
			.forEach(part -> words.add(part, Occur.MUST));
		BooleanQuery.Builder any = new BooleanQuery.Builder().add(words.build(), Occur.SHOULD);
		numbers(text).forEach(number -> any.add(number, Occur.SHOULD));
		return any.setMinimumNumberShouldMatch(1).build();
	}

	/** The text as a document or index number: the exact key, and in parts when it has several number terms. */
	Query number(String text) {
		List<Query> numbers = numbers(text);
		if (numbers.size() == 1) {
			return numbers.get(0);
		}
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		numbers.forEach(number -> any.add(number, Occur.SHOULD));
		return any.build();
	}

	private List<Query> numbers(String text) {
		List<Query> numbers = new ArrayList<>();
		numbers.add(constant(new TermQuery(new Term(NUMBER_KEY, QueryText.numberKey(text))), EXACT_NUMBER_SCORE));
		Query number = phrase(NUMBER, text, 0);
		if (number != null && terms(NUMBER, text).size() > 1) {
			numbers.add(constant(number, NUMBER_SCORE));
		}
		return numbers;
	}

	/**
	 * The words of the text and of their synonyms in the fields shown with highlights, each on its own (a document
	 * found by most of the words shows them too): what the highlighter marks, and no more.
	 */
	Query highlighted(String text, Synonyms synonyms, String... fields) {
		java.util.Set<Query> words = new java.util.LinkedHashSet<>();
		for (QueryText.Part part : QueryText.parse(text).parts()) {
			for (String variant : part.quoted() ? List.of(part.text()) : synonyms.variants(part.text())) {
				QueryText.Part written = new QueryText.Part(variant, part.quoted());
				for (String field : fields) {
					if (part.quoted()) {
						addUnit(words, words(field, written));
					}
					else {
						terms(field, variant).forEach(term -> addUnit(words, word(field, term)));
					}
				}
			}
		}
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		words.stream().limit(HIGHLIGHTED_WORDS).forEach(word -> any.add(word, Occur.SHOULD));
		return any.build();
	}

	/** A part, or any of its rewritings with synonyms, scored by the best. */
	Query part(QueryText.Part part, Synonyms synonyms) {
		if (part.quoted()) {
			return part(part);
		}
		List<Query> variants = synonyms.variants(part.text())
			.stream()
			.map(variant -> part(new QueryText.Part(variant, false)))
			.filter(java.util.Objects::nonNull)
			.toList();
		return variants.isEmpty() ? null : variants.size() == 1 ? variants.get(0) : new DisjunctionMaxQuery(variants, 0.1f);
	}

	/**
	 * What a loose match counts: each quoted part whole, each stretch that is a word of a synonym group (matched by
	 * any word of it), and each other word of two or more characters. A single Chinese character left alone by the
	 * word cutter (区 of 示例区, 和, 的) says little of what is sought and is in most documents: it does not count,
	 * unless the text has nothing else.
	 */
	List<Query> units(String text, Synonyms synonyms) {
		List<Query> units = new ArrayList<>();
		List<Query> characters = new ArrayList<>();
		for (QueryText.Part part : QueryText.parse(text).parts()) {
			if (part.quoted()) {
				addUnit(units, part(part));
				continue;
			}
			for (Synonyms.Segment segment : synonyms.segments(part.text())) {
				if (!segment.alternatives().isEmpty()) {
					List<Query> any = new ArrayList<>();
					addUnit(any, loosely(segment.text()));
					segment.alternatives().forEach(other -> addUnit(any, loosely(other)));
					addUnit(units, any.isEmpty() ? null : new DisjunctionMaxQuery(any, 0.1f));
				}
				else {
					for (String term : terms(TITLE, segment.text())) {
						boolean character = term.codePointCount(0, term.length()) == 1 && isHan(term.codePointAt(0));
						addUnit(character ? characters : units, loosely(term));
					}
				}
			}
		}
		return units.isEmpty() ? characters : units;
	}

	/** A word or a short text matched loosely: all its terms in one of the fields, weighted as {@link #part}. */
	private Query loosely(String text) {
		List<Query> fields = new ArrayList<>();
		add(fields, terms(TITLE, text, TITLE), TITLE_BOOST);
		add(fields, terms(SUMMARY, text, TITLE), ABOUT_BOOST);
		add(fields, terms(KEYWORDS, text, TITLE), ABOUT_BOOST);
		add(fields, terms(BODY, text, TITLE), 1f);
		add(fields, terms(ATTACHMENT, text, TITLE), ATTACHMENT_BOOST);
		return fields.isEmpty() ? null : new DisjunctionMaxQuery(fields, 0.1f);
	}

	/** Every term of the text as {@code analysis} cuts it, in {@code field}; null for a text without terms. */
	private Query terms(String field, String text, String analysis) {
		List<String> terms = terms(analysis, text);
		if (terms.isEmpty()) {
			return null;
		}
		if (terms.size() == 1) {
			return new TermQuery(new Term(field, terms.get(0)));
		}
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		terms.forEach(term -> all.add(new TermQuery(new Term(field, term)), Occur.MUST));
		return all.build();
	}

	private static void addUnit(java.util.Collection<Query> units, Query unit) {
		if (unit != null) {
			units.add(unit);
		}
	}

	/** One part of the text, matched in any field, scored by the best; null for a part without words. */
	Query part(QueryText.Part part) {
		List<Query> fields = new ArrayList<>();
		add(fields, words(TITLE, part), TITLE_BOOST);
		add(fields, phrase(TITLE_GRAMS, part.text(), 0), TITLE_BOOST);
		add(fields, words(SUMMARY, part), ABOUT_BOOST);
		add(fields, words(KEYWORDS, part), ABOUT_BOOST);
		add(fields, words(BODY, part), 1f);
		add(fields, words(ATTACHMENT, part), ATTACHMENT_BOOST);
		add(fields, phrase(NUMBER, part.text(), 0), NUMBER_PART_BOOST);
		return fields.isEmpty() ? null : new DisjunctionMaxQuery(fields, 0.1f);
	}

	/** All words of the part in one field; a quoted part as a phrase; several words score more when close. */
	private Query words(String field, QueryText.Part part) {
		List<String> terms = terms(field, part.text());
		if (terms.isEmpty()) {
			return null;
		}
		if (terms.size() == 1) {
			return word(field, terms.get(0));
		}
		if (part.quoted()) {
			return phrase(field, part.text(), 0);
		}
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		terms.forEach(term -> all.add(word(field, term), Occur.MUST));
		all.add(phrase(field, part.text(), 2), Occur.SHOULD);
		return all.build();
	}

	/**
	 * One word, or its characters in a row: smartcn cuts by context, so a word typed alone (要点, 改版) may have been
	 * cut into single characters inside a sentence, and the other way round.
	 */
	private static Query word(String field, String term) {
		TermQuery whole = new TermQuery(new Term(field, term));
		if (term.length() < 2 || !term.codePoints().allMatch(LuceneQueries::isHan)) {
			return whole;
		}
		PhraseQuery.Builder characters = new PhraseQuery.Builder();
		term.codePoints().forEach(c -> characters.add(new Term(field, Character.toString(c))));
		return new BooleanQuery.Builder().add(whole, Occur.SHOULD).add(characters.build(), Occur.SHOULD).build();
	}

	private static boolean isHan(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

	private static Query constant(Query query, float score) {
		return new BoostQuery(new org.apache.lucene.search.ConstantScoreQuery(query), score);
	}

	private Query phrase(String field, String text, int slop) {
		List<QueryAnalysis.Token> tokens = analysis.tokens(field, text);
		if (tokens.isEmpty()) {
			return null;
		}
		PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(slop);
		tokens.forEach(token -> phrase.add(new Term(field, token.term()), token.position()));
		return phrase.build();
	}

	/** The terms the analyser of {@code field} makes of {@code text}. */
	List<String> terms(String field, String text) {
		return analysis.terms(field, text);
	}

	private static void add(List<Query> fields, Query query, float boost) {
		if (query != null) {
			fields.add(boost == 1f ? query : new BoostQuery(query, boost));
		}
	}

}
