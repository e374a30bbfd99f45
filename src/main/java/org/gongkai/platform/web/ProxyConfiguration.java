package org.gongkai.platform.web;

import java.util.List;

import org.gongkai.platform.SiteIdentity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Behind a proxy: whose forwarded headers are believed ({@code gongkai.proxies}), {@code Secure} cookies when
 * the public base URL is https, and the limit of dynamic requests that keeps static serving free. Both filters run before every other one (Spring Session's included), so that the
 * reader's address and scheme are settled before anything reads them.
 */
@Configuration(proxyBeanMethods = false)
class ProxyConfiguration {

	@Bean
	FilterRegistrationBean<TrustedProxies> trustedProxies(@Value("${gongkai.proxies:}") List<String> proxies) {
		FilterRegistrationBean<TrustedProxies> registration = new FilterRegistrationBean<>(new TrustedProxies(proxies));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<SecureCookies> secureCookies(SiteIdentity site) {
		FilterRegistrationBean<SecureCookies> registration = new FilterRegistrationBean<>(new SecureCookies());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		registration.setEnabled(SecureCookies.wanted(site.baseUrl()));
		return registration;
	}

	/** After the two above, before the site's page cache (-110) and everything else. */
	@Bean
	FilterRegistrationBean<DynamicRequestLimit> dynamicRequestLimit(
			@Value("${gongkai.web.max-dynamic-requests:150}") int limit) {
		FilterRegistrationBean<DynamicRequestLimit> registration = new FilterRegistrationBean<>(
				new DynamicRequestLimit(limit));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	@Bean
	ServletContextInitializer secureSessionCookie(SiteIdentity site) {
		return context -> {
			if (SecureCookies.wanted(site.baseUrl())) {
				SecureCookies.configure(context);
			}
		};
	}

}
