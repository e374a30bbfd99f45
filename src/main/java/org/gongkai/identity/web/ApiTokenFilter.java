package org.gongkai.identity.web;

import java.util.Optional;

import org.gongkai.identity.ApiTokens;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Authenticates {@code Authorization: Bearer gk_…} with a personal API token; a bad token is a 401 at once. */
class ApiTokenFilter extends BearerTokenFilter {

	private final ApiTokens tokens;

	ApiTokenFilter(ApiTokens tokens, ApiProblemResponses problems) {
		super(problems);
		this.tokens = tokens;
	}

	@Override
	Optional<Authentication> authenticate(String token) {
		return tokens.authenticate(token)
			.map(staff -> UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
	}

	@Override
	String refusal() {
		return "unknown or revoked API token";
	}

}
