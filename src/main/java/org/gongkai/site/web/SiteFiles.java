package org.gongkai.site.web;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.site.Site;
import org.gongkai.site.SiteIntegrity;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.WebRequest;

/**
 * Serves the live generation of the static site at {@code /site/**} with the manifest's SHA-256 as ETag, and the
 * integrity check at {@code /api/v1/site/integrity} (ADMIN).
 */
@Controller
class SiteFiles {

	/** What {@code CacheControl.maxAge(60, SECONDS).cachePublic()} writes, for {@link SitePageFilter}. */
	static final String CACHE_CONTROL = "max-age=60, public";

	private final Site site;

	SiteFiles(Site site) {
		this.site = site;
	}

	@GetMapping("/site/**")
	ResponseEntity<Resource> file(HttpServletRequest request, WebRequest web) throws IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length() + "/site/".length());
		// the body and its ETag from the same generation, even when a switch happens in between
		var published = site.publishedFile(path);
		if (published.isEmpty()) {
			// the portal's error page (issue 22: an empty 404 reached browsers as no page at all)
			throw org.gongkai.platform.DomainException.notFound("error.notFound");
		}
		String etag = "\"" + published.get().sha256() + "\"";
		if (web.checkNotModified(etag)) {
			return null;
		}
		return ResponseEntity.ok()
			.eTag(etag)
			.cacheControl(CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic())
			.contentType(type(path, published.get().file()))
			.body(new FileSystemResource(published.get().file()));
	}

	static MediaType type(String path, java.nio.file.Path file) throws IOException {
		if (path.endsWith(".html")) {
			return MediaType.parseMediaType("text/html;charset=UTF-8");
		}
		if (path.endsWith(".atom")) {
			return MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
		}
		if (path.endsWith(".json")) {
			return MediaType.parseMediaType("application/feed+json;charset=UTF-8");
		}
		if (path.endsWith(".xml")) {
			return MediaType.parseMediaType("application/xml;charset=UTF-8");
		}
		if (path.endsWith(".pem") || path.endsWith(".sig") || path.endsWith(".properties")) {
			// the SM2 public key, the manifest and its signature: for anyone to verify the site (issue 19)
			return MediaType.parseMediaType("text/plain;charset=UTF-8");
		}
		String probed = Files.probeContentType(file);
		return probed == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(probed);
	}

	@GetMapping("/api/v1/site/integrity")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseBody
	SiteIntegrity integrity() {
		return site.verify();
	}

}
