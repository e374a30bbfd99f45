package org.gongkai.identity.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.gongkai.identity.AccountAdministration;
import org.gongkai.identity.ApiTokens;
import org.gongkai.identity.SessionAddresses;
import org.gongkai.identity.SignInDetails;
import org.gongkai.platform.web.PageSecurityHeaders;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two filter chains. {@code /api/**}: stateless, HTTP Basic or a personal API token, problem-detail answers, no
 * CSRF (no cookies are accepted there). Everything else: the public portal (open) and the staff back office under
 * {@code /admin} (form login, CSRF, session). The list of public API endpoints is here, in one place. The actuator
 * has its own chain, ahead of both ({@link ActuatorSecurityConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final SimpleUrlAuthenticationFailureHandler FAILURE = new SimpleUrlAuthenticationFailureHandler(
			"/admin/login?error");

	/** API endpoints anyone may call without logging in. */
	static final String[] PUBLIC_API_GET = { "/api/v1/calendar/**", "/api/v1/search" };

	/** API endpoints anyone may post to: public submissions, rate-limited by their controllers. */
	static final String[] PUBLIC_API_POST = { "/api/v1/agencies/*/consultations" };

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ObjectMapper json, MessageSource messages) {
		ApiProblemResponses problems = new ApiProblemResponses(json, messages);
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, PUBLIC_API_GET)
				.permitAll()
				.requestMatchers(HttpMethod.POST, PUBLIC_API_POST)
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.realmName("gongkai")
				.authenticationEntryPoint(problems)
				.authenticationDetailsSource(SecurityConfiguration::signInDetails))
			.exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.addFilterBefore(new ApiTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
			.addFilterAfter(new AuditorConfinement(), BasicAuthenticationFilter.class)
			.addFilterAfter(new PasswordChangeGate.Api(problems), BasicAuthenticationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
		return http.build();
	}

	/**
	 * The staff's sessions, for the security administrator's sessions page (强退, issue 19): Spring Session's index by
	 * principal name when sessions are in the database ({@code gongkai.cluster.sessions=jdbc}), so that every node's
	 * sessions are found; otherwise Spring Security's registry in memory (one node).
	 */
	@Bean
	SessionRegistry sessionRegistry(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
		FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
		return repository != null ? springSession(repository) : new SessionRegistryImpl();
	}

	private static <S extends org.springframework.session.Session> SessionRegistry springSession(
			FindByIndexNameSessionRepository<S> repository) {
		return new SpringSessionBackedSessionRegistry<>(repository);
	}

	/** Tells the in-memory registry when a session ends. */
	@Bean
	static HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, AccountAdministration accounts, SessionRegistry registry,
			SessionAddresses addresses) {
		SimpleUrlAuthenticationSuccessHandler toAdmin = new SimpleUrlAuthenticationSuccessHandler("/admin");
		toAdmin.setAlwaysUseDefaultTargetUrl(true);
		http.addFilterBefore(new SessionValidity(accounts), AnonymousAuthenticationFilter.class)
			.addFilterAfter(new PasswordChangeGate(), AnonymousAuthenticationFilter.class)
			.addFilterAfter(new AuditorConfinement(), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests.requestMatchers("/admin/login", "/admin/assets/**")
			.permitAll()
			.requestMatchers("/admin/**")
			.authenticated()
			.anyRequest()
			.permitAll())
			.formLogin(form -> form.loginPage("/admin/login")
				.successHandler((request, response, authentication) -> {
					// the session's id after the login changed it, with the address, for the sessions page
					addresses.signedIn(request.getSession().getId(), request.getRemoteAddr());
					toAdmin.onAuthenticationSuccess(request, response, authentication);
				})
				.authenticationDetailsSource(SecurityConfiguration::signInDetails)
				.failureHandler(SecurityConfiguration::loginFailed)
				.permitAll())
			.logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?logout"))
			.sessionManagement(session -> session.maximumSessions(-1)
				.sessionRegistry(registry)
				.expiredUrl("/admin/login?expired"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(PageSecurityHeaders.CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	/**
	 * The source address, session and User-Agent of a login, for the login log, and the login form's proof of work
	 * (issue 19).
	 */
	static SignInDetails signInDetails(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return new SignInDetails(request.getRemoteAddr(), session == null ? null : session.getId(),
				request.getHeader("User-Agent"), request.getParameter("challenge"), request.getParameter("proof"));
	}

	/**
	 * A failed form login: back to the page with the failure, remembering the name tried, so that the page can put
	 * the challenge for it when one is needed.
	 */
	private static void loginFailed(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException, ServletException {
		String username = request.getParameter("username");
		if (username != null && username.length() <= 64) {
			request.getSession().setAttribute(LoginPage.LAST_USERNAME, username);
		}
		FAILURE.onAuthenticationFailure(request, response, failure);
	}

}
