package org.gongkai.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.gongkai.search.OpenSearchLayout.*;

/**
 * A {@link SearchQuery} in OpenSearch's query language, clause for clause the query {@link LuceneQueries} builds,
 * with the same weights: every part of the text must match somewhere, the title counts four times the body, a whole
 * document or index number outweighs everything, and recent documents get a small bonus that halves at a year's age.
 */
final class OpenSearchQueries {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final OpenSearchAnalysis analysis;

	OpenSearchQueries(OpenSearchAnalysis analysis) {
		this.analysis = analysis;
	}

	/** Asks OpenSearch at once for every analysis the query of this text, read with these synonyms, needs. */
	void prepare(String text, Synonyms synonyms) {
		List<OpenSearchAnalysis.Text> texts = new ArrayList<>();
		texts.add(new OpenSearchAnalysis.Text(NUMBERS_ANALYZER, text));
		for (QueryText.Part part : QueryText.parse(text).parts()) {
			for (String variant : part.quoted() ? List.of(part.text()) : synonyms.variants(part.text())) {
				texts.add(new OpenSearchAnalysis.Text(SMARTCN, variant));
				texts.add(new OpenSearchAnalysis.Text(TITLE_GRAMS_ANALYZER, variant));
				texts.add(new OpenSearchAnalysis.Text(NUMBERS_ANALYZER, variant));
			}
		}
		analysis.prepare(texts);
	}

	/** The query with its filters and, ordered by relevance, the recency bonus: every part must match. */
	ObjectNode query(SearchQuery search, Audience audience, LocalDate today, Synonyms synonyms) {
		return withFilters(search.text().isEmpty() ? matchAll() : text(search.text(), synonyms), search, audience,
				today);
	}

	/** As {@link LuceneQueries#loose}: a share of the words, or the whole text; null for fewer than two words. */
	ObjectNode loose(SearchQuery search, Audience audience, LocalDate today, Synonyms synonyms) {
		ArrayNode units = units(search.text(), synonyms);
		if (units.size() < 2) {
			return null;
		}
		ObjectNode most = wrap("bool", NODES.objectNode()
			.put("minimum_should_match", (int) Math.ceil(LuceneQueries.SHARE * units.size()))
			.set("should", units));
		ObjectNode either = wrap("bool", NODES.objectNode()
			.put("minimum_should_match", 1)
			.set("should", NODES.arrayNode().add(most).add(text(search.text(), synonyms))));
		return withFilters(either, search, audience, today);
	}

	private ArrayNode units(String text, Synonyms synonyms) {
		ArrayNode units = NODES.arrayNode();
		for (QueryText.Part part : QueryText.parse(text).parts()) {
			if (part.quoted()) {
				addUnit(units, part(part));
				continue;
			}
			for (Synonyms.Segment segment : synonyms.segments(part.text())) {
				if (!segment.alternatives().isEmpty()) {
					ArrayNode any = NODES.arrayNode();
					addUnit(any, part(new QueryText.Part(segment.text(), false)));
					segment.alternatives().forEach(other -> addUnit(any, part(new QueryText.Part(other, false))));
					addUnit(units, any.isEmpty() ? null
							: wrap("dis_max", NODES.objectNode().put("tie_breaker", 0.1f).set("queries", any)));
				}
				else {
					analysis.terms(SMARTCN, segment.text())
						.forEach(term -> addUnit(units, part(new QueryText.Part(term, false))));
				}
			}
		}
		return units;
	}

	private static void addUnit(ArrayNode units, ObjectNode unit) {
		if (unit != null) {
			units.add(unit);
		}
	}

	private ObjectNode withFilters(ObjectNode text, SearchQuery search, Audience audience, LocalDate today) {
		ObjectNode bool = NODES.objectNode();
		bool.putArray("must").add(text);
		if (!search.text().isEmpty() && search.order() == SearchQuery.Order.RELEVANCE) {
			bool.putArray("should")
				.add(NODES.objectNode()
					.set("distance_feature", NODES.objectNode()
						.put("field", DATE)
						.put("origin", today.toString())
						.put("pivot", LuceneQueries.RECENCY_PIVOT_DAYS + "d")
						.put("boost", LuceneQueries.RECENCY_WEIGHT)));
		}
		bool.set("filter", filters(search, audience));
		return wrap("bool", bool);
	}

	/** What the text asks for, without filters: every part, or a synonym of it, must match. */
	ObjectNode text(String text, Synonyms synonyms) {
		ArrayNode parts = NODES.arrayNode();
		QueryText.parse(text).parts().stream().map(part -> part(part, synonyms)).filter(java.util.Objects::nonNull)
			.forEach(parts::add);
		ArrayNode any = NODES.arrayNode();
		// an empty bool would match everything, where Lucene's empty BooleanQuery matches nothing
		any.add(parts.isEmpty() ? matchNone() : wrap("bool", NODES.objectNode().set("must", parts)));
		any.add(constant(term(NUMBER_KEY, QueryText.numberKey(text)), LuceneQueries.EXACT_NUMBER_SCORE));
		if (analysis.terms(NUMBERS_ANALYZER, text).size() > 1) {
			any.add(constant(phrase(NUMBER, text, 0), LuceneQueries.NUMBER_SCORE));
		}
		return wrap("bool", NODES.objectNode().put("minimum_should_match", 1).set("should", any));
	}

	/** The words of the text and their synonyms in the fields shown with highlights, each on its own. */
	ObjectNode highlighted(String text, Synonyms synonyms, String... fields) {
		ArrayNode any = NODES.arrayNode();
		for (QueryText.Part part : QueryText.parse(text).parts()) {
			for (String variant : part.quoted() ? List.of(part.text()) : synonyms.variants(part.text())) {
				for (String field : fields) {
					if (part.quoted()) {
						addUnit(any, words(field, part));
					}
					else {
						analysis.terms(SMARTCN, variant).forEach(term -> any.add(word(field, term)));
					}
				}
			}
		}
		return any.isEmpty() ? matchNone() : wrap("bool", NODES.objectNode().set("should", any));
	}

	/** A part, or any of its rewritings with synonyms, scored by the best. */
	ObjectNode part(QueryText.Part part, Synonyms synonyms) {
		if (part.quoted()) {
			return part(part);
		}
		ArrayNode variants = NODES.arrayNode();
		synonyms.variants(part.text()).forEach(variant -> addUnit(variants, part(new QueryText.Part(variant, false))));
		return variants.isEmpty() ? null : variants.size() == 1 ? (ObjectNode) variants.get(0)
				: wrap("dis_max", NODES.objectNode().put("tie_breaker", 0.1f).set("queries", variants));
	}

	/** One part of the text, matched in any field, scored by the best; null for a part without words. */
	ObjectNode part(QueryText.Part part) {
		ArrayNode fields = NODES.arrayNode();
		add(fields, words(TITLE, part), LuceneQueries.TITLE_BOOST);
		add(fields, grams(part.text()) ? phrase(TITLE_GRAMS, part.text(), 0) : null, LuceneQueries.TITLE_BOOST);
		add(fields, words(SUMMARY, part), LuceneQueries.ABOUT_BOOST);
		add(fields, words(KEYWORDS, part), LuceneQueries.ABOUT_BOOST);
		add(fields, words(BODY, part), 1f);
		add(fields, words(ATTACHMENT, part), LuceneQueries.ATTACHMENT_BOOST);
		add(fields, analysis.terms(NUMBERS_ANALYZER, part.text()).isEmpty() ? null : phrase(NUMBER, part.text(), 0),
				LuceneQueries.NUMBER_PART_BOOST);
		return fields.isEmpty() ? null
				: wrap("dis_max", NODES.objectNode().put("tie_breaker", 0.1f).set("queries", fields));
	}

	/** Titles sharing at least {@code minimum} of these character pairs. */
	static ObjectNode sharingGrams(List<String> grams, int minimum) {
		ArrayNode should = NODES.arrayNode();
		grams.forEach(gram -> should.add(term(TITLE_GRAMS, gram)));
		return wrap("bool", NODES.objectNode().put("minimum_should_match", minimum).set("should", should));
	}

	/** The character pairs of a word, as titles are indexed. */
	List<String> titleGrams(String word) {
		return analysis.terms(TITLE_GRAMS_ANALYZER, word);
	}

	/** The public see live versions only; staff see their agency's subtree; then the reader's own filters. */
	static ArrayNode filters(SearchQuery search, Audience audience) {
		ArrayNode filters = NODES.arrayNode();
		if (!audience.workingCopies()) {
			filters.add(term(VISIBILITY, Visibility.LIVE.name()));
		}
		if (audience.withinAgency() != null) {
			filters.add(term(SCOPE, audience.withinAgency()));
		}
		if (search.agency() != null) {
			filters.add(term(SCOPE, search.agency()));
		}
		if (search.column() != null) {
			filters.add(term(COLUMN, search.column()));
		}
		if (search.year() != null) {
			filters.add(wrap("term", NODES.objectNode().put(YEAR, search.year())));
		}
		if (search.validity() != null) {
			filters.add(term(VALIDITY, search.validity().name()));
		}
		if (search.genre() != null) {
			filters.add(term(GENRE, search.genre()));
		}
		return filters;
	}

	/** A query restricted by the search's filters and the reader's audience. */
	static ObjectNode filtered(JsonNode query, SearchQuery search, Audience audience) {
		ObjectNode bool = NODES.objectNode();
		bool.putArray("must").add(query);
		bool.set("filter", filters(search, audience));
		return wrap("bool", bool);
	}

	/** All words of the part in one field; a quoted part as a phrase; several words score more when close. */
	private ObjectNode words(String field, QueryText.Part part) {
		List<String> terms = analysis.terms(SMARTCN, part.text());
		if (terms.isEmpty()) {
			return null;
		}
		if (terms.size() == 1) {
			return word(field, terms.get(0));
		}
		if (part.quoted()) {
			return phrase(field, part.text(), 0);
		}
		ArrayNode all = NODES.arrayNode();
		terms.forEach(term -> all.add(word(field, term)));
		ObjectNode bool = NODES.objectNode().set("must", all);
		bool.putArray("should").add(phrase(field, part.text(), 2));
		return wrap("bool", bool);
	}

	/**
	 * One word, or its characters in a row: smartcn cuts by context, so a word typed alone (要点, 改版) may have been
	 * cut into single characters inside a sentence, and the other way round.
	 */
	private static ObjectNode word(String field, String term) {
		ObjectNode whole = term(field, term);
		if (term.length() < 2 || !term.codePoints().allMatch(OpenSearchQueries::isHan)) {
			return whole;
		}
		ObjectNode characters = wrap("match_phrase", NODES.objectNode()
			.set(field, NODES.objectNode().put("query", term).put("analyzer", CHARACTERS_ANALYZER)));
		return wrap("bool", NODES.objectNode().set("should", NODES.arrayNode().add(whole).add(characters)));
	}

	private boolean grams(String text) {
		return !analysis.terms(TITLE_GRAMS_ANALYZER, text).isEmpty();
	}

	private static boolean isHan(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

	private static ObjectNode phrase(String field, String text, int slop) {
		return wrap("match_phrase",
				NODES.objectNode().set(field, NODES.objectNode().put("query", text).put("slop", slop)));
	}

	static ObjectNode term(String field, String value) {
		return wrap("term", NODES.objectNode().put(field, value));
	}

	private static ObjectNode constant(ObjectNode query, float score) {
		return wrap("constant_score", NODES.objectNode().put("boost", score).set("filter", query));
	}

	private static ObjectNode matchAll() {
		return wrap("match_all", NODES.objectNode());
	}

	private static ObjectNode matchNone() {
		return wrap("match_none", NODES.objectNode());
	}

	private static void add(ArrayNode fields, ObjectNode query, float boost) {
		if (query != null) {
			fields.add(boost == 1f ? query
					: wrap("bool", NODES.objectNode().put("boost", boost).set("must", NODES.arrayNode().add(query))));
		}
	}

	private static ObjectNode wrap(String type, JsonNode body) {
		return NODES.objectNode().set(type, body);
	}

}
