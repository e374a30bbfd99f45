package org.gongkai.assistant;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.gongkai.GongkaiApplication;
import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A minimal install: {@code gongkai.assistant.enabled=false}. The whole application with its demo starts in its own
 * context without the embedding model, the knowledge index or the chat endpoints; the portal, the service guides and
 * the static site work and show no chat panel.
 */
class AssistantOffTests {

	@Test
	void thePortalWorksWithoutTheAssistant() throws Exception {
		Path dataDir = Path.of("target/assistant-off", UUID.randomUUID().toString());
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GongkaiApplication.class).run(
				"--spring.datasource.url=", "--server.port=0", "--gongkai.data-dir=" + dataDir,
				"--gongkai.demo=true", "--gongkai.admin-password=" + IntegrationTest.PASSWORD,
				"--gongkai.assistant.enabled=false")) {
			assertThat(app.getBeanProvider(Embedder.class).getIfAvailable()).isNull();
			assertThat(app.getBeanProvider(KnowledgeIndexer.class).getIfAvailable()).isNull();
			assertThat(app.getBeanProvider(Assistant.class).getIfAvailable()).isNull();
			assertThat(app.getBeanProvider(ServiceItems.class).getIfAvailable()).isNotNull();
			assertThat(dataDir.resolve("assistant-index")).doesNotExist();

			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			HttpClient http = HttpClient.newHttpClient();
			HttpResponse<String> home = get(http, port, "/");
			assertThat(home.statusCode()).isEqualTo(200);
			assertThat(home.body()).contains("示例区某局").doesNotContain("aside class=\"assistant\"");

			HttpResponse<String> guide = get(http, port, "/service-guides/demo-district/GA-JZZ-QZ");
			assertThat(guide.statusCode()).isEqualTo(200);
			assertThat(guide.body()).contains("有效期内的居住证原件").doesNotContain("aside class=\"assistant\"");

			assertThat(get(http, port, "/assistant?agency=demo-district&q=%E4%BD%8E%E4%BF%9D").statusCode())
				.isEqualTo(404);
			HttpResponse<String> missing = get(http, port, "/agencies/no-such-agency");
			assertThat(missing.statusCode()).isEqualTo(404);
			assertThat(missing.body()).contains("找不到机构").doesNotContain("aside class=\"assistant\"");

			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
				HttpResponse<String> site = get(http, port, "/site/demo-bureau/index.html");
				assertThat(site.statusCode()).isEqualTo(200);
				assertThat(site.body()).contains("示例区某局").doesNotContain("aside class=\"assistant\"");
			});
		}
		assertThat(Files.exists(dataDir.resolve("assistant-index"))).isFalse();
	}

	private static HttpResponse<String> get(HttpClient http, int port, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
