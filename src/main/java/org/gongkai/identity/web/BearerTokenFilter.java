package org.gongkai.identity.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} for this request only (no session): a token the subclass does
 * not know is a 401 at once; without a bearer token, the chain's other ways in apply.
 */
abstract class BearerTokenFilter extends OncePerRequestFilter {

	private final AuthenticationEntryPoint unauthorized;

	BearerTokenFilter(AuthenticationEntryPoint unauthorized) {
		this.unauthorized = unauthorized;
	}

	/** Who the token stands for, or empty for a token that is unknown, revoked or wrong. */
	abstract Optional<Authentication> authenticate(String token);

	/** Why an unknown token was refused, for the 401's log and problem detail. */
	abstract String refusal();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<Authentication> authentication = authenticate(header.substring(7).strip());
		if (authentication.isEmpty()) {
			unauthorized.commence(request, response, new BadCredentialsException(refusal()));
			return;
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication.get());
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
