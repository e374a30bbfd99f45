package org.gongkai.search;

import java.time.Clock;

import tools.jackson.databind.ObjectMapper;

import org.gongkai.platform.GongkaiProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@link SearchIndex} of the engine configured in {@code gongkai.search.engine}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchSettings.class)
class SearchEngineConfiguration {

	@Bean
	SearchIndex searchIndex(SearchSettings settings, GongkaiProperties properties, Clock clock, ObjectMapper json) {
		return switch (settings.engine()) {
			case LUCENE -> new LuceneSearchIndex(properties.resolve("index"), clock);
			case OPENSEARCH -> new OpenSearchSearchIndex(settings.opensearch(), clock, json);
		};
	}

}
