package org.gongkai.site.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.platform.web.PageSecurityHeaders;
import org.gongkai.site.PublishedFile;
import org.gongkai.site.Site;

/**
 * Answers GET and HEAD of published pages ({@code /site/**}) from memory, before Spring Security's filter chain and
 * Spring MVC, which cost the portal most of its throughput on static pages (bench/portal). A page is read from the
 * live generation the first time it is asked for and kept with its ETag (the manifest's SHA-256) and Content-Type;
 * the response carries the same headers as {@link SiteFiles} behind the security chain, security headers included
 * ({@link PageSecurityHeaders}). The cache belongs to one generation: when the live generation switches — a
 * publication, a withdrawal, a rebuild — it is dropped, so that a replaced or withdrawn page is never served from
 * it. It holds at most {@code gongkai.site.memory-cache} bytes (64 MB by default, 0 turns it off), weighed by the
 * pages' sizes: when full, the pages asked for least recently and least often leave (Caffeine's W-TinyLFU), so the
 * hot set stays in memory whatever was read first. Range requests, larger files and paths the live generation does
 * not have go on to the chain as before.
 */
class SitePageFilter implements Filter {

	static final String PREFIX = "/site/";

	private final Site site;

	private final long capacity;

	/** Larger files (attachments) are left to the chain, which streams them. */
	private final long largestPage;

	private volatile PageCache cache;

	SitePageFilter(Site site, long capacity) {
		this.site = site;
		this.capacity = capacity;
		this.largestPage = Math.min(1024 * 1024, capacity / 16);
		this.cache = cacheFor(Optional.empty());
	}

	/** The pages of one generation held in memory. */
	private record PageCache(Optional<Path> generation, Cache<String, Page> pages) {
	}

	private PageCache cacheFor(Optional<Path> generation) {
		return new PageCache(generation, Caffeine.newBuilder()
			.maximumWeight(Math.max(capacity, 0))
			.executor(Runnable::run)
			.<String, Page>weigher((path, page) -> page.body().length + path.length())
			.build());
	}

	/** A page as served: its bytes and the header values computed once. */
	private record Page(byte[] body, String etag, String contentType, String contentLength) {
	}

	@Override
	public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) req;
		HttpServletResponse response = (HttpServletResponse) res;
		String method = request.getMethod();
		boolean head = method.equals("HEAD");
		if (capacity <= 0 || !(head || method.equals("GET")) || request.getHeader("Range") != null) {
			chain.doFilter(request, response);
			return;
		}
		String uri = request.getRequestURI();
		int start = request.getContextPath().length() + PREFIX.length();
		if (uri.length() <= start || !uri.startsWith(PREFIX, start - PREFIX.length())) {
			chain.doFilter(request, response);
			return;
		}
		Page page = page(uri.substring(start));
		if (page == null) {
			chain.doFilter(request, response);
			return;
		}
		PageSecurityHeaders.writeTo(response);
		response.setHeader("ETag", page.etag());
		response.setHeader("Cache-Control", SiteFiles.CACHE_CONTROL);
		if (notModified(request.getHeader("If-None-Match"), page.etag())) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setHeader("Content-Type", page.contentType());
		response.setHeader("Content-Length", page.contentLength());
		response.setHeader("Accept-Ranges", "bytes");
		if (!head) {
			response.getOutputStream().write(page.body());
		}
	}

	/** The page from memory, read into it on a first request; null when the chain should answer. */
	private Page page(String path) {
		Optional<Path> live = site.liveGeneration();
		PageCache current = cache;
		if (!current.generation().equals(live)) {
			current = switchTo(live);
		}
		Page page = current.pages().getIfPresent(path);
		if (page != null) {
			return page;
		}
		Optional<PublishedFile> found = site.publishedFile(path);
		if (found.isEmpty() || !current.generation().equals(Optional.of(found.get().generation()))) {
			return null;
		}
		PublishedFile file = found.get();
		try {
			long size;
			try {
				size = Files.size(file.file());
			}
			catch (NoSuchFileException pruned) {
				return null; // the generation was pruned meanwhile: the chain answers from the live one
			}
			if (size > largestPage) {
				return null;
			}
			byte[] body;
			try {
				body = Files.readAllBytes(file.file());
			}
			catch (NoSuchFileException pruned) {
				return null;
			}
			page = new Page(body, "\"" + file.sha256() + "\"", SiteFiles.type(path, file.file()).toString(),
					Integer.toString(body.length));
			Page raced = current.pages().asMap().putIfAbsent(path, page);
			return raced != null ? raced : page;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Drops the pages of the previous generation (once, whichever request sees the switch first). */
	private synchronized PageCache switchTo(Optional<Path> live) {
		PageCache current = cache;
		if (!current.generation().equals(live)) {
			current = cacheFor(live);
			cache = current;
		}
		return current;
	}

	/** Lets the cache finish its pending evictions (for tests that weigh it). */
	void settle() {
		cache.pages().cleanUp();
	}

	/** The bytes held now. */
	long weight() {
		return cache.pages().policy().eviction().map(eviction -> eviction.weightedSize().orElse(0)).orElse(0L);
	}

	/** Whether the page at this path of the live generation is held in memory. */
	boolean holds(String path) {
		PageCache current = cache;
		return current.generation().equals(site.liveGeneration()) && current.pages().getIfPresent(path) != null;
	}

	/** Whether If-None-Match names this ETag (weak or strong, as Spring's checkNotModified compares). */
	static boolean notModified(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.startsWith("W/")) {
				tag = tag.substring(2);
			}
			if (tag.equals("*") || tag.equals(etag)) {
				return true;
			}
		}
		return false;
	}

}
