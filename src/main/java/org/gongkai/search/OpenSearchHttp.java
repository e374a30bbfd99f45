package org.gongkai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * OpenSearch's REST API over the JDK's HTTP client, JSON in and out: no client library, so the application does not
 * depend on OpenSearch's own jars (nor on their Lucene, netty or log4j versions). Answers of 400 and above become
 * {@link OpenSearchException}s carrying OpenSearch's reason.
 */
final class OpenSearchHttp {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final HttpClient client;

	private final String base;

	private final String authorization;

	private final ObjectMapper json;

	OpenSearchHttp(SearchSettings.OpenSearch settings, ObjectMapper json) {
		this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		String url = settings.url().toString();
		this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
		String password = settings.password() == null ? "" : settings.password();
		this.authorization = settings.username() == null || settings.username().isBlank() ? null
				: "Basic " + Base64.getEncoder()
					.encodeToString((settings.username() + ":" + password).getBytes(StandardCharsets.UTF_8));
		this.json = json;
	}

	ObjectMapper json() {
		return json;
	}

	JsonNode get(String path) {
		return send(request(path).GET());
	}

	JsonNode post(String path, JsonNode body) {
		return send(request(path).POST(body(body)));
	}

	JsonNode put(String path, JsonNode body) {
		return send(request(path).PUT(body(body)));
	}

	JsonNode delete(String path) {
		return send(request(path).DELETE());
	}

	/** Whether the index or alias exists (HEAD: 200 or 404). */
	boolean exists(String path) {
		HttpResponse<String> response = exchange(
				request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
		if (response.statusCode() >= 400 && response.statusCode() != 404) {
			throw new OpenSearchException("HEAD " + path, response.statusCode(), response.body());
		}
		return response.statusCode() < 300;
	}

	/** The same as {@link #post}, without waiting: several requests travel at once. */
	CompletableFuture<JsonNode> postAsync(String path, JsonNode body) {
		HttpRequest request = request(path).POST(body(body)).build();
		return client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
			.thenApply(response -> parse(request, response));
	}

	/** A {@code _bulk} request: one JSON object per line. */
	JsonNode bulk(String path, String ndjson) {
		return send(request(path, "application/x-ndjson")
			.POST(HttpRequest.BodyPublishers.ofString(ndjson, StandardCharsets.UTF_8)));
	}

	String line(JsonNode node) {
		return json.writeValueAsString(node);
	}

	private HttpRequest.Builder request(String path) {
		return request(path, "application/json");
	}

	private HttpRequest.Builder request(String path, String contentType) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(TIMEOUT)
			.header("Content-Type", contentType)
			.header("Accept", "application/json");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return request;
	}

	private HttpRequest.BodyPublisher body(JsonNode body) {
		return HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8);
	}

	private JsonNode send(HttpRequest.Builder builder) {
		HttpRequest request = builder.build();
		return parse(request, exchange(request));
	}

	private HttpResponse<String> exchange(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException("OpenSearch at " + base + " did not answer: " + e.getMessage(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for OpenSearch", e);
		}
	}

	private JsonNode parse(HttpRequest request, HttpResponse<String> response) {
		if (response.statusCode() >= 400) {
			throw new OpenSearchException(request.method() + " " + request.uri().getRawPath(), response.statusCode(),
					response.body());
		}
		return response.body().isEmpty() ? json.createObjectNode() : json.readTree(response.body());
	}

	/** Waits for an asynchronous answer, unwrapping its failure. */
	static JsonNode await(CompletableFuture<JsonNode> answer) {
		try {
			return answer.join();
		}
		catch (CompletionException e) {
			if (e.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (e.getCause() instanceof IOException cause) {
				throw new UncheckedIOException("OpenSearch did not answer: " + cause.getMessage(), cause);
			}
			throw e;
		}
	}

	/** OpenSearch refused a request. */
	static final class OpenSearchException extends RuntimeException {

		private final int status;

		OpenSearchException(String request, int status, String body) {
			super(request + " → " + status + ": " + (body.length() > 2000 ? body.substring(0, 2000) + "…" : body));
			this.status = status;
		}

		int status() {
			return status;
		}

	}

}
