package org.gongkai.search;

import java.time.LocalDate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.gongkai.publishing.DocumentStatus;
import org.gongkai.publishing.Validity;

/**
 * How an {@link IndexEntry} is laid out in OpenSearch: the same fields and the same analysis as in Lucene
 * ({@link LuceneFields}). Text is analysed by the smartcn plugin; titles also as character bigrams
 * ({@code title.grams}); document and index numbers by a custom analyser mirroring {@link LuceneFields.Numbers}
 * (standard tokens, lower case, CJK bigrams, no leading zeros, no lone 号) and as one normalised key. Title, body and
 * attachments keep their offsets for highlighting. One shard, so that scores are computed over the whole index as in
 * Lucene; a replica wherever a second node exists.
 */
final class OpenSearchLayout implements IndexFields {

	/** Raised whenever the mapping or the analysis changes: an index of another layout is rebuilt at start-up. */
	static final int VERSION = 1;

	static final String SMARTCN = "smartcn";

	static final String TITLE_GRAMS_ANALYZER = "gongkai_title_grams";

	static final String NUMBERS_ANALYZER = "gongkai_numbers";

	/** Cuts Chinese into single characters: a word's characters in a row, as a phrase. */
	static final String CHARACTERS_ANALYZER = "standard";

	static final String VERSION_FIELD = "version";

	static final String TITLE_GRAMS = "title.grams";

	/** What a hit reads from {@code _source}; the body only when there are no words to highlight. */
	static final String[] HIT_FIELDS = { DOCUMENT, VISIBILITY, STATUS, TITLE, URL, AGENCY, AGENCY_NAME, COLUMN,
			COLUMN_NAME, GENRE, DOCUMENT_NUMBER, INDEX_NUMBER, PUBLISHED_ON, VALIDITY };

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private OpenSearchLayout() {
	}

	/** The body of a create-index request: settings with the analysers, and the mapping. */
	static ObjectNode index() {
		ObjectNode body = NODES.objectNode();
		ObjectNode index = body.putObject("settings").putObject("index");
		index.put("number_of_shards", 1);
		index.put("auto_expand_replicas", "0-1");
		// every write refreshes itself once complete, so that readers never see a replacement half-applied
		index.put("refresh_interval", "-1");
		ObjectNode analysis = index.putObject("analysis");
		ObjectNode analyzers = analysis.putObject("analyzer");
		analyzers.putObject(TITLE_GRAMS_ANALYZER)
			.put("type", "custom")
			.put("tokenizer", "gongkai_bigrams")
			.set("filter", NODES.arrayNode().add("lowercase"));
		analyzers.putObject(NUMBERS_ANALYZER)
			.put("type", "custom")
			.put("tokenizer", "standard")
			.set("filter", NODES.arrayNode()
				.add("lowercase")
				.add("cjk_bigram")
				.add("gongkai_leading_zeros")
				.add("gongkai_without_hao"));
		analysis.putObject("tokenizer").putObject("gongkai_bigrams").put("type", "ngram").put("min_gram", 2)
			.put("max_gram", 2);
		ObjectNode filters = analysis.putObject("filter");
		filters.putObject("gongkai_leading_zeros")
			.put("type", "pattern_replace")
			.put("pattern", "^0+(?=\\d)")
			.put("replacement", "")
			.put("all", false);
		filters.putObject("gongkai_without_hao").put("type", "stop").set("stopwords", NODES.arrayNode().add("号"));

		ObjectNode mappings = body.putObject("mappings");
		mappings.put("dynamic", "strict");
		mappings.putObject("_meta").put("gongkai_layout", VERSION);
		ObjectNode fields = mappings.putObject("properties");
		for (String keyword : new String[] { KEY, VISIBILITY, STATUS, SCOPE, AGENCY, COLUMN, GENRE, VALIDITY,
				NUMBER_KEY }) {
			fields.putObject(keyword).put("type", "keyword");
		}
		for (String stored : new String[] { AGENCY_NAME, COLUMN_NAME, PUBLISHED_ON, DOCUMENT_NUMBER, INDEX_NUMBER,
				URL }) {
			fields.putObject(stored).put("type", "keyword").put("index", false).put("doc_values", false);
		}
		fields.putObject(DOCUMENT).put("type", "long");
		fields.putObject(VERSION_FIELD).put("type", "integer");
		fields.putObject(YEAR).put("type", "integer");
		fields.putObject(DATE).put("type", "date").put("format", "strict_date");
		text(fields, TITLE, true).putObject("fields")
			.putObject("grams")
			.put("type", "text")
			.put("analyzer", TITLE_GRAMS_ANALYZER);
		text(fields, SUMMARY, false);
		text(fields, KEYWORDS, false);
		text(fields, BODY, true);
		text(fields, ATTACHMENT, true);
		// as in Lucene, the document number and the index number follow each other without a gap
		fields.putObject(NUMBER).put("type", "text").put("analyzer", NUMBERS_ANALYZER).put("position_increment_gap", 0);
		return body;
	}

	private static ObjectNode text(ObjectNode fields, String name, boolean highlighted) {
		ObjectNode field = fields.putObject(name).put("type", "text").put("analyzer", SMARTCN);
		if (highlighted) {
			field.put("index_options", "offsets");
		}
		return field;
	}

	/** Whether an existing index was created with this layout. */
	static boolean isCurrent(JsonNode mappings) {
		return mappings.path("_meta").path("gongkai_layout").asInt(-1) == VERSION;
	}

	static ObjectNode document(IndexEntry entry) {
		ObjectNode doc = NODES.objectNode();
		doc.put(KEY, entry.key());
		doc.put(DOCUMENT, entry.documentId());
		doc.put(VERSION_FIELD, entry.version());
		doc.put(VISIBILITY, entry.visibility().name());
		doc.put(STATUS, entry.status().name());
		ArrayNode scope = doc.putArray(SCOPE);
		entry.agencyScope().forEach(scope::add);
		doc.put(AGENCY, entry.agencyCode());
		doc.put(AGENCY_NAME, entry.agencyName());
		doc.put(COLUMN, entry.columnCode());
		doc.put(COLUMN_NAME, entry.columnName());
		putIfPresent(doc, GENRE, entry.genre());
		doc.put(VALIDITY, entry.validity().name());
		doc.put(DATE, (entry.dated() == null ? LocalDate.EPOCH : entry.dated()).toString());
		if (entry.publishedOn() != null) {
			doc.put(YEAR, entry.publishedOn().getYear());
			doc.put(PUBLISHED_ON, entry.publishedOn().toString());
		}
		doc.put(TITLE, entry.title());
		putIfPresent(doc, SUMMARY, entry.summary());
		putIfPresent(doc, KEYWORDS, entry.keywords());
		doc.put(BODY, entry.body());
		ArrayNode attachments = doc.putArray(ATTACHMENT);
		entry.attachments().forEach(file -> attachments.add(file.text()));
		ArrayNode numbers = doc.putArray(NUMBER);
		ArrayNode keys = doc.putArray(NUMBER_KEY);
		for (String number : new String[] { entry.documentNumber(), entry.indexNumber() }) {
			if (number != null) {
				numbers.add(number);
				keys.add(QueryText.numberKey(number));
			}
		}
		putIfPresent(doc, DOCUMENT_NUMBER, entry.documentNumber());
		putIfPresent(doc, INDEX_NUMBER, entry.indexNumber());
		doc.put(URL, entry.url());
		return doc;
	}

	/** A hit from an entry's {@code _source}, with its highlighted title and snippet. */
	static SearchHit hit(JsonNode source, String titleHtml, String snippet) {
		String publishedOn = text(source, PUBLISHED_ON);
		return new SearchHit(source.path(DOCUMENT).asLong(), Visibility.valueOf(text(source, VISIBILITY)),
				DocumentStatus.valueOf(text(source, STATUS)), text(source, TITLE), titleHtml, text(source, URL),
				text(source, AGENCY), text(source, AGENCY_NAME), text(source, COLUMN), text(source, COLUMN_NAME),
				text(source, GENRE), text(source, DOCUMENT_NUMBER), text(source, INDEX_NUMBER),
				publishedOn == null ? null : LocalDate.parse(publishedOn), Validity.valueOf(text(source, VALIDITY)),
				snippet);
	}

	static String text(JsonNode source, String field) {
		JsonNode value = source.path(field);
		return value.isMissingNode() || value.isNull() ? null : value.asString();
	}

	private static void putIfPresent(ObjectNode doc, String field, String value) {
		if (value != null) {
			doc.put(field, value);
		}
	}

}
