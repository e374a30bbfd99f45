package org.gongkai.identity.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Lets a metrics scraper (Prometheus) in with {@code Authorization: Bearer <GONGKAI_METRICS_SCRAPE_TOKEN>}: it is
 * authenticated as {@value #SCRAPER} with the role {@value #ROLE} and nothing else, for this request only (no
 * session). Any other bearer token is a 401 at once; without one, the chain's other ways in apply. With no token
 * configured, no bearer token is accepted.
 */
class ScrapeTokenFilter extends BearerTokenFilter {

	/** The role that may read {@code /actuator/prometheus} besides ADMIN. */
	static final String ROLE = "METRICS";

	static final String SCRAPER = "metrics-scraper";

	private final byte[] token;

	ScrapeTokenFilter(String token, AuthenticationEntryPoint unauthorized) {
		super(unauthorized);
		this.token = token == null ? new byte[0] : token.strip().getBytes(StandardCharsets.UTF_8);
	}

	@Override
	Optional<Authentication> authenticate(String presented) {
		if (token.length == 0 || !MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8))) {
			return Optional.empty();
		}
		return Optional.of(UsernamePasswordAuthenticationToken.authenticated(SCRAPER, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
	}

	@Override
	String refusal() {
		return "wrong metrics scrape token";
	}

}
