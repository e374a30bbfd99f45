package org.gongkai.site.web;

import org.gongkai.site.Site;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Registers {@link SitePageFilter} for {@code /site/*} ahead of Spring Security's filter chain (order -100), so that
 * a cached published page costs neither the security filters nor the dispatcher.
 */
@Configuration(proxyBeanMethods = false)
class SitePageCaching {

	/** Before Spring Security's chain (-100) and the request-context filter (-105). */
	static final int ORDER = -110;

	@Bean
	FilterRegistrationBean<SitePageFilter> sitePageFilter(Site site,
			@Value("${gongkai.site.memory-cache:64MB}") DataSize capacity) {
		FilterRegistrationBean<SitePageFilter> registration = new FilterRegistrationBean<>(
				new SitePageFilter(site, capacity.toBytes()));
		registration.addUrlPatterns(SitePageFilter.PREFIX + "*");
		registration.setOrder(ORDER);
		return registration;
	}

}
