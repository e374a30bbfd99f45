package org.gongkai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.Features;
import org.gongkai.platform.RateLimited;
import org.gongkai.platform.SiteIdentity;
import org.gongkai.platform.web.HttpStatuses;
import org.gongkai.platform.web.PageChrome;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Business rejections on HTML pages (portal and back office) become a readable error page with the right status. */
@ControllerAdvice(annotations = Controller.class)
class PortalErrors {

	static final String VIEW = "error";

	private final SiteIdentity site;

	private final Features features;

	PortalErrors(SiteIdentity site, Features features) {
		this.site = site;
		this.features = features;
	}

	@ExceptionHandler(DomainException.class)
	ModelAndView rejected(DomainException e, HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = HttpStatuses.of(e.kind());
		if (e instanceof RateLimited limited) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()));
		}
		ModelAndView view = new ModelAndView(VIEW, status);
		view.addObject("status", status.value());
		view.addObject("messageKey", e.messageKey());
		view.addObject("messageArguments", e.arguments());
		view.addObject("site", site);
		view.addObject("features", features);
		PageChrome.addTo(view, request);
		return view;
	}

}
