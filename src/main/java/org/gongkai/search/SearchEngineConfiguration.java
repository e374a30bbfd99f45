package org.gongkai.search;

import java.time.Clock;
import java.util.function.Supplier;

import tools.jackson.databind.ObjectMapper;

import org.gongkai.platform.ClusterLock;
import org.gongkai.platform.GongkaiProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@link SearchIndex} of the engine configured in {@code gongkai.search.engine}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchSettings.class)
class SearchEngineConfiguration {

	@Bean
	SearchIndex searchIndex(SearchSettings settings, GongkaiProperties properties, Clock clock, ObjectMapper json,
			ObjectProvider<ClusterLock> lock) {
		return switch (settings.engine()) {
			case LUCENE -> new LuceneSearchIndex(properties.resolve("index"), clock);
			// nodes starting together on a shared cluster must not each create a generation under the alias
			case OPENSEARCH -> {
				OpenSearchSearchIndex.checkPrefix(settings.opensearch().indexPrefix());
				Supplier<SearchIndex> open = () -> new OpenSearchSearchIndex(settings.opensearch(), clock, json);
				// a context without the platform module (a configuration test) has no other node to wait for
				ClusterLock cluster = lock.getIfAvailable();
				yield cluster == null ? open.get() : cluster.holding("search-index", open);
			}
		};
	}

}
