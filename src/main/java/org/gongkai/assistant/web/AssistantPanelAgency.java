package org.gongkai.assistant.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.assistant.WhenAssistantEnabled;
import org.gongkai.identity.AgencyInfo;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Tells the portal layout's chat panel which agency a page is about ({@code assistantAgency}): the page's
 * {@code agency} when it is one, so that questions asked on an agency's pages are answered from that agency and those
 * below it; none (the whole platform) otherwise.
 */
@Configuration(proxyBeanMethods = false)
@WhenAssistantEnabled
class AssistantPanelAgency implements WebMvcConfigurer, HandlerInterceptor {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).excludePathPatterns("/admin/**", "/api/**");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view != null && view.getModel().get("agency") instanceof AgencyInfo agency) {
			view.addObject("assistantAgency", agency.code());
		}
	}

}
