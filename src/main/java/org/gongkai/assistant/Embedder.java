package org.gongkai.assistant;

import java.nio.file.Path;
import java.util.List;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

import org.gongkai.platform.GongkaiProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Sentence vectors from bge-small-zh-v1.5 (quantized), run in-process by ONNX Runtime: no network, about 4 ms a
 * sentence on one core. The model is loaded once, when the application starts.
 */
@Component
@WhenAssistantEnabled
class Embedder {

	/**
	 * BGE's instruction for short queries against longer passages (its model card); passages are embedded as they
	 * are.
	 */
	static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";

	private final EmbeddingModel model;

	@Autowired
	Embedder(GongkaiProperties properties) {
		this(properties.resolve("djl"));
	}

	/**
	 * Loads the model; DJL unpacks its tokenizer's native library under {@code nativeCache} (in the data directory,
	 * not the home directory, which a service account may not have), unless DJL_CACHE_DIR says elsewhere.
	 */
	Embedder(Path nativeCache) {
		if (System.getenv("DJL_CACHE_DIR") == null && System.getProperty("DJL_CACHE_DIR") == null) {
			System.setProperty("DJL_CACHE_DIR", nativeCache.toAbsolutePath().toString());
		}
		this.model = new BgeSmallZhV15QuantizedEmbeddingModel();
	}

	float[] query(String question) {
		return model.embed(QUERY_INSTRUCTION + question).content().vector();
	}

	List<float[]> passages(List<String> texts) {
		if (texts.isEmpty()) {
			return List.of();
		}
		return model.embedAll(texts.stream().map(TextSegment::from).toList())
			.content()
			.stream()
			.map(embedding -> embedding.vector())
			.toList();
	}

}
