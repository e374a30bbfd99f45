package org.gongkai.platform.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When the public base URL ({@code gongkai.site.base-url}) is https, every cookie is {@code Secure}, whatever the
 * scheme between the proxy and the node: the session cookie of the servlet container, Spring Session's, the
 * language and the large-text cookies.
 */
class SecureCookies extends OncePerRequestFilter {

	static boolean wanted(String baseUrl) {
		return baseUrl != null && baseUrl.toLowerCase(Locale.ROOT).startsWith("https://");
	}

	/** The container's own session cookie. */
	static void configure(ServletContext context) {
		context.getSessionCookieConfig().setSecure(true);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new HttpServletResponseWrapper(response) {

			@Override
			public void addCookie(Cookie cookie) {
				cookie.setSecure(true);
				super.addCookie(cookie);
			}

			@Override
			public void addHeader(String name, String value) {
				super.addHeader(name, secured(name, value));
			}

			@Override
			public void setHeader(String name, String value) {
				super.setHeader(name, secured(name, value));
			}

		});
	}

	private static String secured(String name, String value) {
		if (value != null && "set-cookie".equalsIgnoreCase(name)
				&& !value.toLowerCase(Locale.ROOT).matches(".*;\\s*secure(;.*|\\s*$)")) {
			return value + "; Secure";
		}
		return value;
	}

}
