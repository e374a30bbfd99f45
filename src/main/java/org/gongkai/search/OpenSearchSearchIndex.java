package org.gongkai.search;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.gongkai.platform.Beijing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.gongkai.search.OpenSearchLayout.ATTACHMENT;
import static org.gongkai.search.OpenSearchLayout.BODY;
import static org.gongkai.search.OpenSearchLayout.DATE;
import static org.gongkai.search.OpenSearchLayout.DOCUMENT;
import static org.gongkai.search.OpenSearchLayout.KEY;
import static org.gongkai.search.OpenSearchLayout.TITLE;
import static org.gongkai.search.OpenSearchLayout.VERSION_FIELD;

/**
 * The {@link SearchIndex} on several nodes: an OpenSearch cluster every node shares, spoken to over REST
 * ({@code gongkai.search.engine: opensearch}). Searches and changes go through the alias {@code <prefix>}; like
 * Lucene's, the index lives in generations, the indices {@code <prefix>-<time>}, and a rebuild fills a new one
 * beside the live one and moves the alias to it in one atomic request, so that every node switches at once. Every
 * write is acknowledged only once OpenSearch has it in its transaction log (durable) and has refreshed (visible).
 * An index of an older layout is replaced at start-up by a new empty one, which {@link SearchIndexing} fills from
 * the database; generations older than the live one (a rebuild's leftovers) are dropped.
 */
class OpenSearchSearchIndex implements SearchIndex {

	private static final Logger log = LoggerFactory.getLogger(OpenSearchSearchIndex.class);

	private static final DateTimeFormatter GENERATION = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
		.withZone(Beijing.ZONE);

	private static final Pattern PREFIX = Pattern.compile("[a-z0-9][a-z0-9_-]*");

	/** Entries read at once when listing the versions the index holds. */
	static final int SCAN_PAGE = 10_000;

	/** A bulk request is sent once its body reaches this many characters. */
	static final int BULK_CHARS = 8_000_000;

	private final OpenSearchHttp http;

	private final String alias;

	private final Clock clock;

	private final Pattern generations;

	private final OpenSearchQueries queries;

	OpenSearchSearchIndex(SearchSettings.OpenSearch settings, Clock clock, ObjectMapper json) {
		this(new OpenSearchHttp(settings, json), settings.indexPrefix(), clock);
	}

	OpenSearchSearchIndex(OpenSearchHttp http, String prefix, Clock clock) {
		checkPrefix(prefix);
		this.http = http;
		this.alias = prefix;
		this.clock = clock;
		this.generations = Pattern.compile(Pattern.quote(prefix) + "-(\\d{8}-\\d{6}-\\d{3})(?:-(\\d+))?");
		this.queries = new OpenSearchQueries(new OpenSearchAnalysis(http, alias));
		openLive();
		dropOlderGenerations();
	}

	/** Refuses an index prefix that is no OpenSearch index name, before anything is sent to the cluster. */
	static void checkPrefix(String prefix) {
		if (!PREFIX.matcher(prefix).matches()) {
			throw new IllegalArgumentException("gongkai.search.opensearch.index-prefix must be lower-case letters, "
					+ "digits, - and _ (an OpenSearch index name): " + prefix);
		}
	}

	@Override
	public boolean shared() {
		return true;
	}

	@Override
	public void replace(Collection<Long> documentIds, List<IndexEntry> entries) {
		write(alias, documentIds, entries);
	}

	@Override
	public SearchResults search(SearchQuery search, Audience audience, LocalDate today, Synonyms synonyms) {
		boolean words = !search.text().isEmpty();
		if (words) {
			queries.prepare(search.text(), synonyms);
		}
		int from = (search.page() - 1) * SearchQuery.PAGE_SIZE;
		JsonNode hits = hits(search, queries.query(search, audience, today, synonyms), from, SearchQuery.PAGE_SIZE,
				synonyms);
		long complete = hits.path("total").path("value").asLong();
		long total = complete;
		boolean exact = "eq".equals(hits.path("total").path("relation").asString());
		List<JsonNode> found = new ArrayList<>();
		hits.path("hits").forEach(found::add);
		ObjectNode loose = words && complete < SearchQuery.PAGE_SIZE
				? queries.loose(search, audience, today, synonyms) : null;
		if (loose != null) {
			// fewer than a page match every part: those first, then the documents with most of the words
			JsonNode wider = hits(search, loose, 0, from + SearchQuery.PAGE_SIZE + (int) complete, synonyms);
			if (wider.path("total").path("value").asLong() > complete) {
				List<JsonNode> all = new ArrayList<>();
				java.util.Set<String> seen = new java.util.HashSet<>();
				if (from == 0) {
					found.forEach(hit -> {
						seen.add(hit.path("_id").asString());
						all.add(hit);
					});
				}
				else {
					hits(search, queries.query(search, audience, today, synonyms), 0, (int) complete, synonyms)
						.path("hits").forEach(hit -> seen.add(hit.path("_id").asString()));
				}
				for (JsonNode hit : wider.path("hits")) {
					if (seen.add(hit.path("_id").asString())) {
						all.add(hit);
					}
				}
				int start = from == 0 ? 0 : from - (int) complete;
				found = all.subList(Math.min(all.size(), Math.max(0, start)),
						Math.min(all.size(), Math.max(0, start) + SearchQuery.PAGE_SIZE));
				total = wider.path("total").path("value").asLong();
				exact = "eq".equals(wider.path("total").path("relation").asString());
			}
		}
		List<SearchHit> page = new ArrayList<>();
		for (JsonNode hit : found) {
			JsonNode marked = hit.path("highlight");
			JsonNode stored = hit.path("_source");
			String title = Snippets.title(first(marked, TITLE), OpenSearchLayout.text(stored, TITLE));
			String snippet = Snippets.snippet(first(marked, BODY), first(marked, ATTACHMENT),
					OpenSearchLayout.text(stored, BODY));
			page.add(OpenSearchLayout.hit(stored, title, snippet));
		}
		String suggestion = complete == 0 && words
				? TitleSuggestions.suggest(search, new Titles(search, audience, synonyms)) : null;
		return new SearchResults(search, total, exact, page, suggestion, complete);
	}

	/** The hits of one query, from {@code from}, with their stored fields and highlights. */
	private JsonNode hits(SearchQuery search, ObjectNode query, int from, int size, Synonyms synonyms) {
		boolean words = !search.text().isEmpty();
		ObjectNode body = http.json().createObjectNode();
		body.set("query", query);
		body.put("from", from);
		body.put("size", size);
		body.put("track_total_hits", SearchResults.COUNT_LIMIT);
		ArrayNode source = body.putArray("_source");
		Arrays.stream(OpenSearchLayout.HIT_FIELDS).forEach(source::add);
		if (!words) {
			source.add(BODY);
		}
		if (search.order() == SearchQuery.Order.DATE || !words) {
			ArrayNode sort = body.putArray("sort");
			sort.addObject().putObject(DATE).put("order", "desc");
			sort.addObject().putObject("_score").put("order", "desc");
		}
		if (words) {
			body.set("highlight", highlight(search.text(), synonyms));
		}
		return http.post("/" + alias + "/_search", body).path("hits");
	}

	/**
	 * The title whole and one passage of about {@link Snippets#LENGTH} characters of the body (its opening when
	 * nothing in it matched) and of the attachments, the matched words of the text marked, everything else escaped.
	 */
	private ObjectNode highlight(String text, Synonyms synonyms) {
		ObjectNode highlight = http.json().createObjectNode();
		highlight.put("type", "unified");
		highlight.put("encoder", "html");
		highlight.putArray("pre_tags").add(Snippets.OPEN);
		highlight.putArray("post_tags").add(Snippets.CLOSE);
		highlight.put("boundary_scanner", "sentence");
		highlight.put("boundary_scanner_locale", "zh-CN");
		highlight.set("highlight_query", queries.highlighted(text, synonyms, TITLE, BODY, ATTACHMENT));
		ObjectNode fields = highlight.putObject("fields");
		fields.putObject(TITLE).put("number_of_fragments", 0);
		fields.putObject(BODY)
			.put("fragment_size", Snippets.LENGTH)
			.put("number_of_fragments", 1)
			.put("no_match_size", Snippets.LENGTH);
		fields.putObject(ATTACHMENT).put("fragment_size", Snippets.LENGTH).put("number_of_fragments", 1);
		return highlight;
	}

	private static String first(JsonNode marked, String field) {
		JsonNode passages = marked.path(field);
		return passages.isArray() && !passages.isEmpty() ? Snippets.joinAdjacent(passages.get(0).asString()) : null;
	}

	@Override
	public IndexedVersions versions() {
		return versionsIn(alias);
	}

	@Override
	public long size() {
		return http.get("/" + alias + "/_count").path("count").asLong();
	}

	@Override
	public Generation newGeneration() {
		String index = createGeneration(false);
		return new Generation() {

			private boolean published;

			@Override
			public void add(List<IndexEntry> entries) {
				bulk(index, entries.stream().map(entry -> index(entry)).toList(), false);
			}

			@Override
			public void replace(Collection<Long> documentIds, List<IndexEntry> entries) {
				write(index, documentIds, entries);
			}

			@Override
			public IndexedVersions versions() {
				return versionsIn(index);
			}

			@Override
			public void publish() {
				http.post("/" + index + "/_refresh", http.json().createObjectNode());
				moveAliasTo(index);
				published = true;
			}

			@Override
			public void close() {
				if (!published) {
					deleteIndices(List.of(index));
				}
			}

		};
	}

	/** Replaces every entry of each document, then refreshes: readers see the old entries or the new ones. */
	private void write(String index, Collection<Long> documentIds, List<IndexEntry> entries) {
		Set<Long> ids = new HashSet<>(documentIds);
		Map<String, IndexEntry> byKey = entries.stream()
			.filter(entry -> ids.contains(entry.documentId()))
			.collect(Collectors.toMap(IndexEntry::key, Function.identity(), (a, b) -> b));
		List<String> actions = new ArrayList<>();
		for (long id : ids) {
			for (Visibility visibility : Visibility.values()) {
				String key = visibility.name() + ":" + id;
				actions.add(byKey.containsKey(key) ? index(byKey.get(key)) : delete(key));
			}
		}
		bulk(index, actions, true);
	}

	private String index(IndexEntry entry) {
		ObjectNode action = http.json().createObjectNode();
		action.putObject("index").put("_id", entry.key());
		return http.line(action) + "\n" + http.line(OpenSearchLayout.document(entry)) + "\n";
	}

	private String delete(String key) {
		ObjectNode action = http.json().createObjectNode();
		action.putObject("delete").put("_id", key);
		return http.line(action) + "\n";
	}

	/** Sends the actions in requests of a few megabytes; with {@code refresh}, makes them visible after the last. */
	private void bulk(String index, List<String> actions, boolean refresh) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < actions.size(); i++) {
			body.append(actions.get(i));
			boolean last = i == actions.size() - 1;
			if (last || body.length() >= BULK_CHARS) {
				JsonNode answer = http.bulk("/" + index + "/_bulk" + (last && refresh ? "?refresh=true" : ""),
						body.toString());
				if (answer.path("errors").asBoolean()) {
					throw new IllegalStateException("OpenSearch refused part of a bulk request to " + index + ": "
							+ firstError(answer));
				}
				body.setLength(0);
			}
		}
	}

	private static String firstError(JsonNode answer) {
		for (JsonNode item : answer.path("items")) {
			for (JsonNode action : item) {
				if (action.has("error")) {
					return action.path("_id").asString() + ": " + action.path("error");
				}
			}
		}
		return answer.toString();
	}

	/** Every entry's document and version, read in pages ordered by key. */
	private IndexedVersions versionsIn(String index) {
		http.post("/" + index + "/_refresh", http.json().createObjectNode());
		long[] ids = new long[1024];
		int[] versions = new int[1024];
		int n = 0;
		String after = null;
		while (true) {
			ObjectNode body = http.json().createObjectNode();
			body.put("size", SCAN_PAGE);
			body.put("track_total_hits", false);
			body.putArray("_source").add(DOCUMENT).add(VERSION_FIELD);
			body.putArray("sort").addObject().put(KEY, "asc");
			if (after != null) {
				body.putArray("search_after").add(after);
			}
			JsonNode hits = http.post("/" + index + "/_search", body).path("hits").path("hits");
			for (JsonNode hit : hits) {
				if (n == ids.length) {
					ids = Arrays.copyOf(ids, n * 2);
					versions = Arrays.copyOf(versions, n * 2);
				}
				ids[n] = hit.path("_source").path(DOCUMENT).asLong();
				versions[n++] = hit.path("_source").path(VERSION_FIELD).asInt();
				after = hit.path("sort").get(0).asString();
			}
			if (hits.size() < SCAN_PAGE) {
				return new IndexedVersions(Arrays.copyOf(ids, n), Arrays.copyOf(versions, n));
			}
		}
	}

	/** Uses the live index when its layout is this one's, else starts a new empty one in its place. */
	private void openLive() {
		if (http.exists("/_alias/" + alias)) {
			JsonNode mappings = http.get("/" + alias + "/_mapping");
			boolean current = true;
			for (JsonNode index : mappings) {
				current &= OpenSearchLayout.isCurrent(index.path("mappings"));
			}
			if (current) {
				return;
			}
			log.warn("Search index {} has another layout than this version's ({}); starting an empty one to fill "
					+ "from the database", alias, OpenSearchLayout.VERSION);
			moveAliasTo(createGeneration(false));
		}
		else {
			log.info("Creating the search index {} in OpenSearch", alias);
			createGeneration(true);
		}
	}

	/** A new generation's index; with {@code live}, it is created with the alias on it. */
	private String createGeneration(boolean live) {
		String stamp = GENERATION.format(clock.instant());
		String name = alias + "-" + stamp;
		for (int n = 1; http.exists("/" + name); n++) {
			name = alias + "-" + stamp + "-" + n;
		}
		ObjectNode body = OpenSearchLayout.index();
		if (live) {
			body.putObject("aliases").putObject(alias);
		}
		http.put("/" + name, body);
		return name;
	}

	/** Moves the alias to {@code index} in one atomic request, then drops the indices it left. */
	private void moveAliasTo(String index) {
		List<String> old = new ArrayList<>();
		http.get("/_alias/" + alias).propertyNames().forEach(old::add);
		ObjectNode body = http.json().createObjectNode();
		ArrayNode actions = body.putArray("actions");
		old.forEach(name -> actions.addObject().putObject("remove").put("index", name).put("alias", alias));
		actions.addObject().putObject("add").put("index", index).put("alias", alias);
		http.post("/_aliases", body);
		old.remove(index);
		deleteIndices(old);
	}

	/** Generations older than the live one: a rebuild that crashed, an index set aside. */
	private void dropOlderGenerations() {
		List<String> live = new ArrayList<>();
		http.get("/_alias/" + alias).propertyNames().forEach(live::add);
		Comparator<String> age = Comparator.comparing((String name) -> stampOf(name)).thenComparingInt(this::serialOf);
		String oldestLive = live.stream().min(age).orElseThrow();
		List<String> older = new ArrayList<>();
		http.get("/" + alias + "-*/_alias").propertyNames().forEach(name -> {
			if (generations.matcher(name).matches() && !live.contains(name) && age.compare(name, oldestLive) < 0) {
				older.add(name);
			}
		});
		deleteIndices(older);
	}

	private String stampOf(String name) {
		Matcher matcher = generations.matcher(name);
		return matcher.matches() ? matcher.group(1) : "";
	}

	private int serialOf(String name) {
		Matcher matcher = generations.matcher(name);
		return matcher.matches() && matcher.group(2) != null ? Integer.parseInt(matcher.group(2)) : 0;
	}

	/** All generations of this index, live or not, oldest first. */
	List<String> generations() {
		List<String> names = new ArrayList<>();
		http.get("/" + alias + "-*/_alias").propertyNames().forEach(name -> {
			if (generations.matcher(name).matches()) {
				names.add(name);
			}
		});
		names.sort(Comparator.comparing((String name) -> stampOf(name)).thenComparingInt(this::serialOf));
		return names;
	}

	private void deleteIndices(List<String> indices) {
		for (String index : indices) {
			try {
				http.delete("/" + index);
			}
			catch (OpenSearchHttp.OpenSearchException e) {
				if (e.status() != 404) {
					log.warn("Could not delete the old search index {} ({}); it goes at the next start", index,
							e.getMessage());
				}
			}
		}
	}

	/** The suggester's questions, asked of OpenSearch within the search's filters. */
	private final class Titles implements TitleSuggestions.Titles {

		private final SearchQuery search;

		private final Audience audience;

		private final Synonyms synonyms;

		Titles(SearchQuery search, Audience audience, Synonyms synonyms) {
			this.search = search;
			this.audience = audience;
			this.synonyms = synonyms;
		}

		@Override
		public boolean partMatches(QueryText.Part part) {
			ObjectNode query = queries.part(part, synonyms);
			return query != null && count(query) > 0;
		}

		@Override
		public boolean textMatches(String text) {
			queries.prepare(text, synonyms);
			return count(queries.text(text, synonyms)) > 0;
		}

		@Override
		public List<String> grams(String word) {
			return queries.titleGrams(word);
		}

		@Override
		public List<String> sharing(List<String> grams, int minimum, int limit) {
			ObjectNode body = http.json().createObjectNode();
			body.put("size", limit);
			body.putArray("_source").add(TITLE);
			body.set("query",
					OpenSearchQueries.filtered(OpenSearchQueries.sharingGrams(grams, minimum), search, audience));
			List<String> titles = new ArrayList<>();
			http.post("/" + alias + "/_search", body)
				.path("hits")
				.path("hits")
				.forEach(hit -> titles.add(hit.path("_source").path(TITLE).asString()));
			return titles;
		}

		private long count(ObjectNode query) {
			ObjectNode body = http.json().createObjectNode();
			body.set("query", OpenSearchQueries.filtered(query, search, audience));
			return http.post("/" + alias + "/_count", body).path("count").asLong();
		}

	}

}
