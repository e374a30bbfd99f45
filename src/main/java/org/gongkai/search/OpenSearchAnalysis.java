package org.gongkai.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The terms OpenSearch's analysers make of a text ({@code _analyze}), which decide how a query is built — exactly as
 * {@link LuceneQueries} asks its analyser. Asked of the cluster itself, so that queries always agree with the index;
 * the answers for recent texts are remembered, and those a query needs are asked for at once.
 */
final class OpenSearchAnalysis {

	/** Analysed texts remembered at most (a few megabytes). */
	static final int REMEMBERED = 10_000;

	private final OpenSearchHttp http;

	private final String alias;

	private final Map<String, List<String>> analysed = new ConcurrentHashMap<>();

	OpenSearchAnalysis(OpenSearchHttp http, String alias) {
		this.http = http;
		this.alias = alias;
	}

	/** One text for one analyser. */
	record Text(String analyzer, String text) {

		String key() {
			return analyzer + '\u0000' + text;
		}

	}

	List<String> terms(String analyzer, String text) {
		Text wanted = new Text(analyzer, text);
		List<String> known = analysed.get(wanted.key());
		return known != null ? known : ask(List.of(wanted)).get(wanted.key());
	}

	/** Asks, all at once, for the texts not remembered yet. */
	void prepare(List<Text> texts) {
		ask(texts);
	}

	private Map<String, List<String>> ask(List<Text> texts) {
		Map<String, CompletableFuture<JsonNode>> asked = new LinkedHashMap<>();
		Map<String, List<String>> answers = new LinkedHashMap<>();
		for (Text text : texts) {
			List<String> known = analysed.get(text.key());
			if (known != null) {
				answers.put(text.key(), known);
			}
			else if (!asked.containsKey(text.key())) {
				ObjectNode body = http.json().createObjectNode().put("analyzer", text.analyzer())
					.put("text", text.text());
				asked.put(text.key(), http.postAsync("/" + alias + "/_analyze", body));
			}
		}
		if (analysed.size() + asked.size() > REMEMBERED) {
			analysed.clear();
		}
		asked.forEach((key, answer) -> {
			List<String> terms = new ArrayList<>();
			OpenSearchHttp.await(answer).path("tokens").forEach(token -> terms.add(token.path("token").asString()));
			List<String> copy = List.copyOf(terms);
			analysed.put(key, copy);
			answers.put(key, copy);
		});
		return answers;
	}

}
