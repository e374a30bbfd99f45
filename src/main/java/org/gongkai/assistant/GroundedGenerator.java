package org.gongkai.assistant;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import org.gongkai.assistant.Retrieval.Candidate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generated answers from an OpenAI-compatible endpoint (DeepSeek, Qwen, a local vLLM…), grounded in the retrieved
 * passages only: the prompt numbers them, the model must cite them as [n], and must answer {@link #UNKNOWN} when they
 * do not answer the question. Any error or timeout answers empty, and the caller falls back to the extractive answer.
 */
final class GroundedGenerator {

	/** What the model must answer when the passages do not answer the question. */
	static final String UNKNOWN = "【无法回答】";

	static final String SYSTEM = """
			你是政府网站的政务服务智能问答助手。只能依据用户消息中编号的【资料】回答问题，不得使用资料以外的知识，不得编造。
			回答要求：用简洁的中文；办理材料逐条列出；涉及办理时限、收费时写明；每句话后用[编号]标注所依据的资料。
			如果资料不能回答这个问题，只回答“%s”，不要回答其他内容。""".formatted(UNKNOWN);

	private static final Logger log = LoggerFactory.getLogger(GroundedGenerator.class);

	private final ChatModel model;

	private final StreamingChatModel streaming;

	private final Duration timeout;

	GroundedGenerator(String baseUrl, String apiKey, String modelName, Duration timeout) {
		String key = apiKey == null || apiKey.isBlank() ? "none" : apiKey;
		this.model = OpenAiChatModel.builder()
			.baseUrl(baseUrl)
			.apiKey(key)
			.modelName(modelName)
			.temperature(0.0)
			.timeout(timeout)
			.maxRetries(0)
			.build();
		this.streaming = OpenAiStreamingChatModel.builder()
			.baseUrl(baseUrl)
			.apiKey(key)
			.modelName(modelName)
			.temperature(0.0)
			.timeout(timeout)
			.build();
		this.timeout = timeout;
	}

	/**
	 * Like {@link #answer}, but hands each piece of the reply to {@code pieces} as the model writes it (the portal shows
	 * it growing); the whole reply is returned at the end, or empty when the model failed or took longer than the
	 * timeout — the caller then answers from the passages, replacing what was shown.
	 */
	Optional<String> stream(String question, List<Candidate> sources, Consumer<String> pieces) {
		CompletableFuture<String> whole = new CompletableFuture<>();
		try {
			streaming.chat(List.of(SystemMessage.from(SYSTEM), UserMessage.from(prompt(question, sources))),
					new StreamingChatResponseHandler() {
						@Override
						public void onPartialResponse(String piece) {
							pieces.accept(piece);
						}

						@Override
						public void onCompleteResponse(ChatResponse response) {
							whole.complete(response.aiMessage().text());
						}

						@Override
						public void onError(Throwable error) {
							whole.completeExceptionally(error);
						}
					});
			String reply = whole.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return Optional.ofNullable(reply).map(String::strip).filter(text -> !text.isEmpty());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
		catch (ExecutionException | TimeoutException | RuntimeException e) {
			log.warn("The language model did not finish its answer ({}); answering from the passages", e.toString());
			return Optional.empty();
		}
	}

	/** The model's answer from the sources' passages, or empty when the model failed or timed out. */
	Optional<String> answer(String question, List<Candidate> sources) {
		try {
			String reply = model.chat(SystemMessage.from(SYSTEM), UserMessage.from(prompt(question, sources)))
				.aiMessage()
				.text();
			return Optional.ofNullable(reply).map(String::strip).filter(text -> !text.isEmpty());
		}
		catch (RuntimeException e) {
			log.warn("The language model did not answer ({}); answering from the passages", e.toString());
			return Optional.empty();
		}
	}

	/** The user message: the numbered passages, then the question. */
	static String prompt(String question, List<Candidate> sources) {
		StringBuilder prompt = new StringBuilder("【资料】\n");
		int n = 1;
		for (Candidate source : sources) {
			for (Chunk passage : source.passages().subList(0, Math.min(ExtractiveAnswer.PASSAGES, source.passages().size()))) {
				prompt.append('[').append(n++).append("]《").append(passage.title()).append("》")
					.append(passage.section().label).append("：").append(passage.text());
				if (passage.facts() != null && passage.section() != Chunk.Section.TIME_AND_FEE) {
					prompt.append("（").append(passage.facts()).append("）");
				}
				prompt.append('\n');
			}
		}
		return prompt.append("【问题】").append(question).toString();
	}

}
