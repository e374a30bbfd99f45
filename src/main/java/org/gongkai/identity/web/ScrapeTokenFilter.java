package org.gongkai.identity.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a metrics scraper (Prometheus) in with {@code Authorization: Bearer <GONGKAI_METRICS_SCRAPE_TOKEN>}: it is
 * authenticated as {@value #SCRAPER} with the role {@value #ROLE} and nothing else, for this request only (no
 * session). Any other bearer token is a 401 at once; without one, the chain's other ways in apply. With no token
 * configured, no bearer token is accepted.
 */
class ScrapeTokenFilter extends OncePerRequestFilter {

	/** The role that may read {@code /actuator/prometheus} besides ADMIN. */
	static final String ROLE = "METRICS";

	static final String SCRAPER = "metrics-scraper";

	private final byte[] token;

	private final AuthenticationEntryPoint unauthorized;

	ScrapeTokenFilter(String token, AuthenticationEntryPoint unauthorized) {
		this.token = token == null ? new byte[0] : token.strip().getBytes(StandardCharsets.UTF_8);
		this.unauthorized = unauthorized;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		byte[] presented = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
		if (token.length == 0 || !MessageDigest.isEqual(token, presented)) {
			unauthorized.commence(request, response, new BadCredentialsException("wrong metrics scrape token"));
			return;
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SCRAPER, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
