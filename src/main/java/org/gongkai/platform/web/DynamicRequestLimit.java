package org.gongkai.platform.web;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Semaphore;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps static serving independent of dynamic load: at most {@code gongkai.web.max-dynamic-requests} requests that
 * need the application (pages, the API, forms) run at once, below the server's threads, so that the published site
 * ({@code /site/}), the style sheets and scripts ({@code /assets/}) and the health check always find a thread. A
 * dynamic request over the limit is answered at once with 503 and {@code Retry-After}, never queued on a thread.
 */
class DynamicRequestLimit extends OncePerRequestFilter {

	/** Paths served without the database or the application's work. */
	static final List<String> STATIC = List.of("/site/", "/assets/", "/admin/assets/", "/favicon.ico", "/robots.txt",
			"/actuator/health");

	private final Semaphore permits;

	DynamicRequestLimit(int limit) {
		this.permits = new Semaphore(limit);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return STATIC.stream().anyMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!permits.tryAcquire()) {
			response.setHeader("Retry-After", "2");
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "busy");
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			permits.release();
		}
	}

}
