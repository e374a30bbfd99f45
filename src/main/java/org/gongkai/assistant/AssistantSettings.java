package org.gongkai.assistant;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gongkai.assistant.*}: the decline threshold and the optional language model.
 *
 * @param minCosine the cosine similarity the best passage must reach for the assistant to answer
 * @param minBm25 the same for BM25 alone (only the benchmark searches that way)
 * @param llm an OpenAI-compatible endpoint; none configured (no base URL) means extractive answers only
 */
@ConfigurationProperties("gongkai.assistant")
record AssistantSettings(Double minCosine, Double minBm25, Llm llm) {

	/** Calibrated on bench/assistant/calibration.tsv. */
	static final double DEFAULT_MIN_COSINE = 0.62;

	static final double DEFAULT_MIN_BM25 = 9.0;

	AssistantSettings {
		minCosine = minCosine == null ? DEFAULT_MIN_COSINE : minCosine;
		minBm25 = minBm25 == null ? DEFAULT_MIN_BM25 : minBm25;
		llm = llm == null ? new Llm(null, null, null, null) : llm;
	}

	Threshold threshold() {
		return new Threshold(minCosine, minBm25);
	}

	/**
	 * @param baseUrl e.g. {@code https://api.deepseek.com/v1} or a local vLLM's {@code http://127.0.0.1:8000/v1}
	 * @param timeout how long to wait before answering from the passages instead (default 20 s)
	 */
	record Llm(String baseUrl, String apiKey, String model, Duration timeout) {

		Llm {
			timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
		}

	}

}
