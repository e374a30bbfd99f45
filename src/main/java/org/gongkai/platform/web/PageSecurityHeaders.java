package org.gongkai.platform.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every HTML page, in one place: Spring Security's web chain is configured from these
 * values, and the published-site filter, which answers cached pages before that chain, writes the same ones, so that
 * a page has the same headers whichever way it is served. One exception: on an HTTPS request the chain also writes
 * {@code Strict-Transport-Security}, which the filter does not; behind the proxy of README "Production" the proxy
 * sets it on every answer.
 */
public final class PageSecurityHeaders {

	/** No inline scripts or styles, nothing from other origins, no framing. */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/** The headers the web chain writes on a page (Spring Security's defaults plus the policy above). */
	public static final Map<String, String> HEADERS = Map.of("X-Content-Type-Options", "nosniff", "X-XSS-Protection",
			"0", "X-Frame-Options", "DENY", "Content-Security-Policy", CONTENT_SECURITY_POLICY);

	private PageSecurityHeaders() {
	}

	/** Writes the headers on a response. */
	public static void writeTo(HttpServletResponse response) {
		HEADERS.forEach(response::setHeader);
	}

}
