package org.gongkai.site.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.platform.web.PageSecurityHeaders;
import org.gongkai.publishing.DocumentCommand;
import org.gongkai.publishing.DocumentDesk;
import org.gongkai.publishing.Draft;
import org.gongkai.site.Site;
import org.gongkai.publishing.Validity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Published pages answered from memory by {@link SitePageFilter} (bench/portal): over real HTTP, the bytes are the
 * live generation's file, the headers are those the security chain and {@link SiteFiles} give the same page, and a
 * new generation — a publication, a withdrawal — replaces what memory held.
 */
@IntegrationTest
class SitePageServingTests {

	/** The headers that must be the same whichever way a page is served. */
	private static final List<String> SAME = List.of("ETag", "Cache-Control", "Content-Type", "X-Content-Type-Options",
			"X-XSS-Protection", "X-Frame-Options", "Content-Security-Policy");

	@Autowired
	Site site;

	@Autowired
	DocumentDesk desk;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	ApplicationContext context;

	@Autowired
	FilterRegistrationBean<SitePageFilter> sitePageFilter;

	@LocalServerPort
	int port;

	private RestClient http() {
		return RestClient.create("http://localhost:" + port);
	}

	private ResponseEntity<byte[]> get(String path, Map<String, String> headers) {
		return http().get()
			.uri("/site/" + path)
			.headers(h -> headers.forEach(h::set))
			.exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
				.headers(response.getHeaders())
				.body(response.getBody().readAllBytes()));
	}

	@Test
	void aPageIsServedFromMemoryWithTheFilesBytesAndTheChainsHeaders() throws Exception {
		site.render("demo-bureau");
		String path = "demo-bureau/news/index.html";
		Path file = site.file(path).orElseThrow();

		ResponseEntity<byte[]> first = get(path, Map.of());
		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(first.getBody()).isEqualTo(Files.readAllBytes(file));
		assertThat(sitePageFilter.getFilter().holds(path)).as("held in memory after the first request").isTrue();
		ResponseEntity<byte[]> cached = get(path, Map.of());
		assertThat(cached.getBody()).isEqualTo(Files.readAllBytes(file));
		HttpHeaders headers = cached.getHeaders();
		assertThat(headers.getETag()).isEqualTo("\"" + site.recordedHash(path).orElseThrow() + "\"");
		assertThat(headers.getFirst("Content-Type")).isEqualTo("text/html;charset=UTF-8");
		assertThat(headers.getContentLength()).isEqualTo(Files.size(file));
		assertThat(headers.getFirst("Cache-Control")).isEqualTo("max-age=60, public");
		PageSecurityHeaders.HEADERS.forEach((name, value) -> assertThat(headers.getFirst(name)).as(name).isEqualTo(value));

		// A range request goes through the security chain to SiteFiles: the same headers
		ResponseEntity<byte[]> chain = get(path, Map.of("Range", "bytes=0-99"));
		assertThat(chain.getStatusCode()).isEqualTo(HttpStatus.PARTIAL_CONTENT);
		for (String name : SAME) {
			assertThat(headers.get(name)).as(name).isEqualTo(chain.getHeaders().get(name));
		}
		// and the security headers of any page the chain renders are among them
		ResponseEntity<byte[]> portal = http().get().uri("/requests/status").retrieve().toEntity(byte[].class);
		portal.getHeaders()
			.forEach((name, values) -> {
				if (name.startsWith("X-") || name.equalsIgnoreCase("Content-Security-Policy")
						|| name.equalsIgnoreCase("Referrer-Policy") || name.equalsIgnoreCase("Permissions-Policy")
						|| name.startsWith("Cross-Origin-") || name.equalsIgnoreCase("Strict-Transport-Security")) {
					assertThat(headers.get(name)).as(name).isEqualTo(values);
				}
			});

		ResponseEntity<byte[]> notModified = get(path, Map.of("If-None-Match", headers.getETag()));
		assertThat(notModified.getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
		assertThat(notModified.getBody()).isEmpty();
		assertThat(notModified.getHeaders().getETag()).isEqualTo(headers.getETag());
		assertThat(get("demo-bureau/no-such-page.html", Map.of()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void aNewGenerationReplacesTheCachedPages() throws Exception {
		site.render("demo-bureau");
		String column = "demo-bureau/news/index.html";
		assertThat(get(column, Map.of()).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(sitePageFilter.getFilter().holds(column)).isTrue();

		String title = "示例区某局召开缓存测试工作会议";
		desk.importPublished(agencies.findByCode("demo-bureau").orElseThrow().id(),
				new Draft("news", title, "会议研究了门户网站的访问性能。", null, null, null, null, null, null, LocalDate.now(),
						Validity.VALID),
				LocalDate.now());
		await().atMost(Duration.ofSeconds(15)).until(() -> liveText(column).contains(title));

		ResponseEntity<byte[]> served = get(column, Map.of());
		assertThat(new String(served.getBody(), StandardCharsets.UTF_8)).contains(title);
		assertThat(served.getBody()).isEqualTo(Files.readAllBytes(site.file(column).orElseThrow()));
		assertThat(served.getHeaders().getETag()).isEqualTo("\"" + site.recordedHash(column).orElseThrow() + "\"");
	}

	@Test
	void aWithdrawnPageIsNotServedFromMemory() throws Exception {
		long id = desk.importPublished(agencies.findByCode("demo-bureau").orElseThrow().id(),
				new Draft("news", "示例区某局发布临时交通管制通告", "管制期间请绕行。", null, null, null, null, null, null,
						LocalDate.now(), Validity.VALID),
				LocalDate.now());
		String page = "demo-bureau/documents/" + id + ".html";
		await().atMost(Duration.ofSeconds(15)).until(() -> site.file(page).isPresent());
		assertThat(new String(get(page, Map.of()).getBody(), StandardCharsets.UTF_8)).contains("管制期间请绕行");
		assertThat(sitePageFilter.getFilter().holds(page)).isTrue();

		desk.review(StaffFixtures.principal(context, "reviewer").staff(), id, new DocumentCommand.Withdraw("管制已结束"));
		await().atMost(Duration.ofSeconds(15)).until(() -> liveText(page).contains("该信息已撤销"));

		String served = new String(get(page, Map.of()).getBody(), StandardCharsets.UTF_8);
		assertThat(served).contains("该信息已撤销：管制已结束").doesNotContain("管制期间请绕行");
		assertThat(served).isEqualTo(liveText(page));
	}

	@Test
	void theMemoryHeldStaysWithinTheConfiguredSizeAndKeepsTheHotPages() throws Exception {
		site.render("demo-bureau");
		Path live = site.liveGeneration().orElseThrow();
		List<String> pages;
		try (var files = Files.walk(live.resolve("demo-bureau"), java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
			pages = files.filter(file -> file.toString().endsWith(".html"))
				.map(file -> live.relativize(file).toString())
				.sorted()
				.toList();
		}
		long capacity = 128 * 1024;
		SitePageFilter filter = new SitePageFilter(site, capacity);
		long largest = capacity / 16; // larger files are streamed by the chain
		List<String> small = new java.util.ArrayList<>();
		for (String path : pages) {
			if (Files.size(live.resolve(path)) <= largest) {
				small.add(path);
			}
		}
		long total = 0;
		for (String path : small) {
			var response = serve(filter, path);
			assertThat(response.getContentAsByteArray()).as(path).isEqualTo(Files.readAllBytes(live.resolve(path)));
			total += response.getContentAsByteArray().length;
		}
		filter.settle();
		assertThat(total).as("the scan is larger than the cache").isGreaterThan(capacity);
		String hot = small.stream().filter(path -> !filter.holds(path)).findFirst().orElseThrow();
		// the page everyone now reads was not held once the cache was full; it must come in, others go
		for (int i = 0; i < 20; i++) {
			serve(filter, hot);
		}
		filter.settle();
		assertThat(filter.holds(hot)).as("the page asked for most is held, although it came after the cache was full")
			.isTrue();
		assertThat(filter.weight()).isPositive().isLessThanOrEqualTo(capacity);
	}

	/** One GET through the filter; the chain is not reached for a page of this size. */
	private static org.springframework.mock.web.MockHttpServletResponse serve(SitePageFilter filter, String path)
			throws Exception {
		var request = new org.springframework.mock.web.MockHttpServletRequest("GET", "/site/" + path);
		var response = new org.springframework.mock.web.MockHttpServletResponse();
		filter.doFilter(request, response, (req, res) -> {
			throw new AssertionError(path + " went on to the chain");
		});
		return response;
	}

	private String liveText(String path) throws Exception {
		Path file = site.file(path).orElse(null);
		return file == null ? "" : Files.readString(file);
	}

}
