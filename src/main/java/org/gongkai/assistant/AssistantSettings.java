package org.gongkai.assistant;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gongkai.assistant.*}: the decline threshold ({@link Threshold}; the defaults come from
 * bench/assistant/calibration.tsv) and the optional language model.
 *
 * @param llm an OpenAI-compatible endpoint; without a base URL answers are extractive only
 * @param maxQuestions how many questions one address may ask in {@code questionsWindow} (default 60 in 10 minutes)
 */
@ConfigurationProperties("gongkai.assistant")
public record AssistantSettings(Double minCosine, Double minCosineWithWords, Double minWordsScore,
		Double minBm25Alone, Llm llm, Integer maxQuestions, Duration questionsWindow) {

	public AssistantSettings {
		maxQuestions = maxQuestions == null ? 60 : maxQuestions;
		questionsWindow = questionsWindow == null ? Duration.ofMinutes(10) : questionsWindow;
		minCosine = minCosine == null ? 0.65 : minCosine;
		minCosineWithWords = minCosineWithWords == null ? 0.55 : minCosineWithWords;
		minWordsScore = minWordsScore == null ? 6.0 : minWordsScore;
		minBm25Alone = minBm25Alone == null ? 7.0 : minBm25Alone;
		llm = llm == null ? new Llm(null, null, null, null) : llm;
	}

	Threshold threshold() {
		return new Threshold(minCosine, minCosineWithWords, minWordsScore, minBm25Alone);
	}

	/**
	 * @param baseUrl e.g. {@code https://api.deepseek.com/v1} or a local vLLM's {@code http://127.0.0.1:8000/v1}
	 * @param timeout how long to wait before answering from the passages instead (default 20 s)
	 */
	public record Llm(String baseUrl, String apiKey, String model, Duration timeout) {

		public Llm {
			timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
		}

	}

}
