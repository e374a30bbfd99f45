package org.gongkai.assistant;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.gongkai.IntegrationTest;
import org.gongkai.identity.AgencyDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The language-model path against a fake OpenAI-compatible server (the JDK's HttpServer on a free local port): the
 * request follows the chat-completions contract, the prompt grounds the model in the numbered passages, and an
 * error, a timeout or an "unknown" reply is handled — by the extractive answer or the hand-over.
 */
@IntegrationTest
class GroundedGeneratorTests {

	@Autowired
	Retrieval retrieval;

	@Autowired
	Responder responder;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AskedQuestions questions;

	@Autowired
	MessageSource messages;

	@Autowired
	ObjectMapper json;

	private HttpServer server;

	private final List<JsonNode> requests = new CopyOnWriteArrayList<>();

	private final List<String> authorizations = new CopyOnWriteArrayList<>();

	private volatile int status = 200;

	private volatile String reply = "";

	private volatile long delayMillis = 0;

	@BeforeEach
	void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/v1/chat/completions", this::complete);
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	private void complete(HttpExchange exchange) throws IOException {
		requests.add(json.readTree(exchange.getRequestBody().readAllBytes()));
		authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
		try {
			Thread.sleep(delayMillis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		if (status == 200 && requests.get(requests.size() - 1).path("stream").asBoolean(false)) {
			streamReply(exchange);
			return;
		}
		byte[] body = (status == 200 ? json.writeValueAsString(java.util.Map.of("id", "chatcmpl-1", "object",
				"chat.completion", "created", 1764000000, "model", "qwen-test", "choices",
				List.of(java.util.Map.of("index", 0, "message", java.util.Map.of("role", "assistant", "content", reply),
						"finish_reason", "stop")),
				"usage", java.util.Map.of("prompt_tokens", 100, "completion_tokens", 20, "total_tokens", 120)))
				: "{\"error\": {\"message\": \"overloaded\", \"type\": \"server_error\"}}")
			.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, body.length);
		exchange.getResponseBody().write(body);
		exchange.close();
	}

	/** The reply as OpenAI's streaming chat completions send it: chunks of a few characters, then [DONE]. */
	private void streamReply(HttpExchange exchange) throws IOException {
		exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
		exchange.sendResponseHeaders(200, 0);
		var out = exchange.getResponseBody();
		for (int at = 0; at < reply.length(); at += 4) {
			String piece = reply.substring(at, Math.min(reply.length(), at + 4));
			out.write(("data: " + json.writeValueAsString(java.util.Map.of("id", "chatcmpl-1", "object",
					"chat.completion.chunk", "created", 1764000000, "model", "qwen-test", "choices",
					List.of(java.util.Map.of("index", 0, "delta", java.util.Map.of("content", piece))))) + "\n\n")
				.getBytes(StandardCharsets.UTF_8));
			out.flush();
		}
		out.write(("data: " + json.writeValueAsString(java.util.Map.of("id", "chatcmpl-1", "object",
				"chat.completion.chunk", "created", 1764000000, "model", "qwen-test", "choices",
				List.of(java.util.Map.of("index", 0, "delta", java.util.Map.of(), "finish_reason", "stop")))) + "\n\n"
				+ "data: [DONE]\n\n").getBytes(StandardCharsets.UTF_8));
		exchange.close();
	}

	@Test
	void aStreamedAnswerArrivesInPiecesAndWhole() {
		reply = "居住证签注需要带有效期内的居住证原件和居民身份证原件[1]。当场办结，不收费[2]。";
		List<String> pieces = new CopyOnWriteArrayList<>();
		AssistantAnswer answer = assistantWith(Duration.ofSeconds(10)).ask("demo-district", "居住证到期了怎么续签",
				null, Locale.CHINA, pieces::add);
		assertThat(requests.get(0).get("stream").asBoolean()).isTrue();
		assertThat(pieces).hasSizeGreaterThan(3);
		assertThat(String.join("", pieces)).isEqualTo(reply);
		assertThat(answer.answer()).isEqualTo(reply);
		assertThat(answer.handoff()).isFalse();
	}

	@Test
	void aStreamedUnknownIsNeverShownAndOffersTheHandOver() {
		reply = GroundedGenerator.UNKNOWN;
		List<String> pieces = new CopyOnWriteArrayList<>();
		AssistantAnswer answer = assistantWith(Duration.ofSeconds(10)).ask("demo-district", "居住证签注可以找人代办吗",
				null, Locale.CHINA, pieces::add);
		assertThat(pieces).isEmpty();
		assertThat(answer.handoff()).isTrue();
		assertThat(answer.answer()).startsWith("抱歉");
	}

	private Assistant assistantWith(Duration timeout) {
		GroundedGenerator generator = new GroundedGenerator(
				"http://127.0.0.1:" + server.getAddress().getPort() + "/v1", "sk-test", "qwen-test", timeout);
		return new Assistant(retrieval, responder, Optional.of(generator), agencies, questions, messages);
	}

	@Test
	void sendsTheNumberedPassagesAndTheQuestionAndReturnsTheCitedAnswer() {
		reply = "居住证签注需要带有效期内的居住证原件、居民身份证原件和继续居住的证明[1]。当场办结，不收费[2]。";
		AssistantAnswer answer = assistantWith(Duration.ofSeconds(10)).ask("demo-district", "居住证到期了怎么续签",
				null, Locale.CHINA);
		assertThat(answer.answer()).isEqualTo(reply);
		assertThat(answer.handoff()).isFalse();
		assertThat(answer.sources().get(0).code()).isEqualTo("GA-JZZ-QZ");
		JsonNode request = requests.get(0);
		assertThat(request.get("model").asString()).isEqualTo("qwen-test");
		assertThat(request.get("temperature").asDouble()).isZero();
		assertThat(authorizations.get(0)).isEqualTo("Bearer sk-test");
		JsonNode messages = request.get("messages");
		assertThat(messages.get(0).get("role").asString()).isEqualTo("system");
		assertThat(messages.get(0).get("content").asString()).contains("只能依据").contains("不得编造")
			.contains(GroundedGenerator.UNKNOWN);
		assertThat(messages.get(1).get("role").asString()).isEqualTo("user");
		assertThat(messages.get(1).get("content").asString()).startsWith("【资料】\n[1]《居住证签注》")
			.contains("【问题】居住证到期了怎么续签");
		assertThat(jdbc.sql("select via_llm from assistant_question where id = :id").param("id", answer.questionId())
			.query(Boolean.class).single()).isTrue();
	}

	@Test
	void whenTheModelSaysThePassagesDoNotAnswerItOffersTheHandOver() {
		reply = GroundedGenerator.UNKNOWN;
		AssistantAnswer answer = assistantWith(Duration.ofSeconds(10)).ask("demo-district", "居住证签注可以找人代办吗",
				null, Locale.CHINA);
		assertThat(answer.handoff()).isTrue();
		assertThat(answer.sources()).isEmpty();
		assertThat(answer.answer()).startsWith("抱歉");
	}

	@Test
	void anErrorFallsBackToTheExtractiveAnswer() {
		status = 500;
		AssistantAnswer answer = assistantWith(Duration.ofSeconds(10)).ask("demo-district", "居住证到期了怎么续签",
				null, Locale.CHINA);
		assertThat(requests).hasSize(1);
		assertThat(answer.answer()).startsWith("关于“居住证签注”").contains("收费：不收费");
		assertThat(answer.handoff()).isFalse();
	}

	@Test
	void aTimeoutFallsBackToTheExtractiveAnswerInTime() {
		delayMillis = 3000;
		reply = "太迟了";
		long started = System.nanoTime();
		AssistantAnswer answer = assistantWith(Duration.ofMillis(500)).ask("demo-district", "居住证到期了怎么续签",
				null, Locale.CHINA);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
		assertThat(answer.answer()).startsWith("关于“居住证签注”");
	}

	@Test
	void nothingIsSentWhenNothingRelevantIsFound() {
		AssistantAnswer answer = assistantWith(Duration.ofSeconds(10)).ask("demo-district", "今天天气怎么样", null,
				Locale.CHINA);
		assertThat(answer.handoff()).isTrue();
		assertThat(requests).isEmpty();
	}

}
