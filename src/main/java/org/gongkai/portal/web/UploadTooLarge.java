package org.gongkai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.platform.Features;
import org.gongkai.platform.SiteIdentity;
import org.gongkai.platform.web.PageChrome;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request over the container's upload limit (spring.servlet.multipart) is cut off before any controller sees it, so
 * instead of the container's bare English 413 page: the public application form comes back (303 to the form) refusing
 * the file in the reader's language; an API call gets a problem document; any other page the readable error page,
 * all 413. server.tomcat.max-swallow-size lets the answer reach a browser that is still sending the rest of the file.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge {

	/** The public form that reopens with the file refused (its page reads {@code fileTooLarge}). */
	static final String APPLY_FORM = "/requests/new";

	private final SiteIdentity site;

	private final Features features;

	UploadTooLarge(SiteIdentity site, Features features) {
		this.site = site;
		this.features = features;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals(APPLY_FORM)) {
			ModelAndView view = new ModelAndView("redirect:" + APPLY_FORM + "?fileTooLarge");
			view.setStatus(HttpStatus.SEE_OTHER);
			return view;
		}
		if (path.startsWith("/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
					"The upload is over the limit of " + e.getMaxUploadSize() + " bytes.");
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
		}
		ModelAndView view = new ModelAndView(PortalErrors.VIEW, HttpStatus.PAYLOAD_TOO_LARGE);
		view.addObject("status", HttpStatus.PAYLOAD_TOO_LARGE.value());
		view.addObject("messageKey", "upload.tooLarge");
		view.addObject("messageArguments", new Object[0]);
		view.addObject("site", site);
		view.addObject("features", features);
		PageChrome.addTo(view, request);
		return view;
	}

}
