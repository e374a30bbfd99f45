package org.gongkai.site.web;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

import org.gongkai.platform.SiteIdentity;
import org.gongkai.site.Site;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What search engines ask of a site's root: {@code /robots.txt} (the public pages open, the back office and the API
 * closed, the sitemap named at the configured public address) and {@code /sitemap.xml}, the live generation's
 * sitemap index over every agency's sitemap.
 */
@RestController
class CrawlerFiles {

	private final Site site;

	private final SiteIdentity identity;

	CrawlerFiles(Site site, SiteIdentity identity) {
		this.site = site;
		this.identity = identity;
	}

	@GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
	ResponseEntity<String> robots() {
		String body = """
				User-agent: *
				Allow: /
				Disallow: /admin/
				Disallow: /api/
				Disallow: /requests/status
				Sitemap: %s/sitemap.xml
				""".formatted(identity.baseUrl());
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic()).body(body);
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<byte[]> sitemap() throws IOException {
		var index = site.publishedFile("sitemap.xml");
		if (index.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok()
			.eTag("\"" + index.get().sha256() + "\"")
			.cacheControl(CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic())
			.contentType(MediaType.APPLICATION_XML)
			.body(Files.readAllBytes(index.get().file()));
	}

}
