package org.gongkai.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Crawls the demo portal as a visitor's browser would follow it — the dynamic pages and the published static site,
 * from the home page and every agency's page — and finds no link that answers 4xx or 5xx (国办秘函〔2019〕19号 counts
 * dead links against a government website; OGI art. 12 has every catalog entry public).
 */
@IntegrationTest
class PortalLinksTests {

	private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"#]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	AgencyDirectory agencies;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void everyLinkOfThePortalResolves() {
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
			Map<String, String> dead = crawl();
			assertThat(dead).as("dead links, each with the page that links to it").isEmpty();
		});
	}

	/** Every same-site link reachable from the entry pages (up to 5,000 pages), with the status of the dead ones. */
	private Map<String, String> crawl() throws Exception {
		Deque<String> queue = new ArrayDeque<>();
		Map<String, String> from = new LinkedHashMap<>();
		queue.add("/");
		for (AgencyInfo agency : agencies.all()) {
			queue.add("/agencies/" + agency.code());
			queue.add("/site/" + agency.code() + "/index.html");
		}
		Map<String, Integer> seen = new LinkedHashMap<>();
		Map<String, String> dead = new LinkedHashMap<>();
		while (!queue.isEmpty() && seen.size() < 5000) {
			String path = queue.poll();
			if (seen.containsKey(path)) {
				continue;
			}
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + path))
				.header("Accept", "text/html")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
			seen.put(path, response.statusCode());
			if (response.statusCode() >= 400) {
				dead.put(path, response.statusCode() + " <- " + from.get(path));
				continue;
			}
			if (!response.headers().firstValue("Content-Type").orElse("").contains("html")) {
				continue;
			}
			Matcher links = LINK.matcher(response.body());
			while (links.find()) {
				String link = followed(path, links.group(1).replace("&amp;", "&"));
				if (link != null && !seen.containsKey(link)) {
					from.putIfAbsent(link, path);
					queue.add(link);
				}
			}
		}
		assertThat(seen).as("the crawl reached the static site").containsKey("/site/demo-bureau/index.html");
		return dead;
	}

	/** The link as a path of this site, or null for what a visitor's crawl does not follow here. */
	private String followed(String page, String href) {
		if (href.startsWith("mailto:") || href.startsWith("tel:") || href.startsWith("javascript:")
				|| href.startsWith("data:")) {
			return null;
		}
		URI resolved = URI.create(base() + page).resolve(href.replace(" ", "%20"));
		if (!("localhost".equals(resolved.getHost()) && resolved.getPort() == port)) {
			return null;
		}
		String path = resolved.getRawPath() + (resolved.getRawQuery() == null ? "" : "?" + resolved.getRawQuery());
		boolean staffOnly = path.startsWith("/admin") || path.startsWith("/login") || path.startsWith("/logout");
		return staffOnly ? null : path;
	}

	private String base() {
		return "http://localhost:" + port;
	}

}
