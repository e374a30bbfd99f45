package org.gongkai.search;

import java.nio.file.Path;
import java.time.Clock;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.gongkai.platform.GongkaiProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code gongkai.search.engine} chooses the index; choosing OpenSearch is tested in OpenSearchSearchIndexTests
 * ({@code -Popensearch}).
 */
class SearchEngineConfigurationTests {

	@TempDir
	Path data;

	ApplicationContextRunner context() {
		return new ApplicationContextRunner().withUserConfiguration(SearchEngineConfiguration.class)
			.withBean(GongkaiProperties.class, () -> new GongkaiProperties(data, false, null))
			.withBean(Clock.class, Clock::systemUTC)
			.withBean(ObjectMapper.class, () -> JsonMapper.builder().build());
	}

	@Test
	void luceneInTheDataDirectoryByDefault() {
		context().run(app -> {
			assertThat(app.getBean(SearchIndex.class)).isInstanceOf(LuceneSearchIndex.class);
			assertThat(data.resolve("index").resolve("current")).exists();
		});
		context().withPropertyValues("gongkai.search.engine=lucene")
			.run(app -> assertThat(app.getBean(SearchIndex.class)).isInstanceOf(LuceneSearchIndex.class));
	}

	@Test
	void anUnknownEngineStopsTheStartWithTheChoices() {
		context().withPropertyValues("gongkai.search.engine=elasticsearch")
			.run(app -> assertThat(app).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("elasticsearch"));
	}

	@Test
	void anIndexPrefixThatIsNoIndexNameIsRefused() {
		context()
			.withPropertyValues("gongkai.search.engine=opensearch", "gongkai.search.opensearch.index-prefix=Gong Kai")
			.run(app -> assertThat(app).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("index-prefix"));
	}

}
