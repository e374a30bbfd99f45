package org.gongkai.site;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Published pages are files (architecture.md §3): with the connection pool suspended, so that no request can get a
 * database connection, the portal's published pages, feeds and attachments are still served over HTTP.
 */
@IntegrationTest
class SiteWithoutDatabaseTests {

	@Autowired
	HikariDataSource database;

	@Autowired
	Site site;

	@LocalServerPort
	int port;

	@Test
	void publishedPagesAreServedWhileNoConnectionCanBeHad() throws Exception {
		site.render("demo-bureau");
		RestClient http = RestClient.create("http://localhost:" + port);
		Map<String, String> pages = Map.of("/site/demo-bureau/index.html", "示例区某局 政府信息公开",
				"/site/demo-bureau/news/index.html", "工作动态", "/site/demo-bureau/news/feed.atom", "<feed",
				"/site/sitemap.xml", "<sitemapindex");
		database.getHikariPoolMXBean().suspendPool();
		try {
			for (Map.Entry<String, String> page : pages.entrySet()) {
				String body = CompletableFuture.supplyAsync(() -> http.get().uri(page.getKey()).retrieve().body(String.class))
					.get(10, TimeUnit.SECONDS);
				assertThat(body).as(page.getKey()).contains(page.getValue());
			}
		}
		finally {
			database.getHikariPoolMXBean().resumePool();
		}
	}

}
