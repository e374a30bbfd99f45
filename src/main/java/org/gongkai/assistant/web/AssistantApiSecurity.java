package org.gongkai.assistant.web;

import org.gongkai.assistant.WhenAssistantEnabled;
import org.gongkai.identity.ApiTokens;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The assistant's chat endpoints are public (the panel is on every portal page and on the static site, for people
 * without an account): stateless, no cookies accepted, hence no CSRF token; checked before the staff API's chain.
 * A personal API token, when one is sent, makes its staff member known ({@link KnownCallers}).
 */
@Configuration(proxyBeanMethods = false)
@WhenAssistantEnabled
class AssistantApiSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain assistantApiChain(HttpSecurity http, ApiTokens tokens) {
		http.securityMatcher("/api/v1/assistant/**")
			.addFilterBefore(new KnownCallers(tokens), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
		return http.build();
	}

}
