package org.gongkai.identity.web;

import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The filter chain of {@code /actuator/**}, ahead of {@link SecurityConfiguration}'s web chain. Health (its
 * details only for ADMIN, by {@code management.endpoint.health.roles}) and info are open, for load balancers;
 * {@code prometheus} takes ADMIN (the back-office session or HTTP Basic) or the scrape token
 * ({@link ScrapeTokenFilter}); every other endpoint takes ADMIN. Answers are problem details; a refused scrape creates
 * no session.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurityConfiguration {

	@Bean
	@Order(0)
	SecurityFilterChain actuator(HttpSecurity http, ObjectMapper json, MessageSource messages,
			@Value("${gongkai.metrics.scrape-token:}") String scrapeToken) {
		ApiProblemResponses problems = new ApiProblemResponses(json, messages);
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to("health", "info"))
				.permitAll()
				.requestMatchers(EndpointRequest.to("prometheus"))
				.hasAnyRole("ADMIN", ScrapeTokenFilter.ROLE)
				.anyRequest()
				.hasRole("ADMIN"))
			.httpBasic(basic -> basic.realmName("gongkai").authenticationEntryPoint(problems))
			.exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.addFilterBefore(new ScrapeTokenFilter(scrapeToken, problems), BasicAuthenticationFilter.class)
			.requestCache(cache -> cache.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
		return http.build();
	}

}
