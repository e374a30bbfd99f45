package org.gongkai.search;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which engine holds the index (architecture.md §4): {@code lucene} in the data directory on one node (the default),
 * or {@code opensearch}, a cluster every node shares.
 *
 * @param engine {@code gongkai.search.engine}: lucene or opensearch
 * @param opensearch where the OpenSearch cluster is, when it is the engine
 */
@ConfigurationProperties("gongkai.search")
public record SearchSettings(Engine engine, OpenSearch opensearch) {

	public SearchSettings {
		engine = engine == null ? Engine.LUCENE : engine;
		opensearch = opensearch == null ? new OpenSearch(null, null, null, null) : opensearch;
	}

	/** The engines an index can live in. */
	public enum Engine {

		LUCENE, OPENSEARCH

	}

	/**
	 * @param url the cluster's REST address, e.g. {@code https://search.example.gov.cn:9200}
	 * @param username basic-authentication user (the security plugin), none when blank
	 * @param password its password, best given as {@code GONGKAI_SEARCH_OPENSEARCH_PASSWORD}
	 * @param indexPrefix the alias searches go through; generations are the indices {@code <prefix>-<time>}
	 */
	public record OpenSearch(URI url, String username, String password, String indexPrefix) {

		public OpenSearch {
			url = url == null ? URI.create("http://localhost:9200") : url;
			indexPrefix = indexPrefix == null || indexPrefix.isBlank() ? "gongkai" : indexPrefix.strip();
		}

	}

}
