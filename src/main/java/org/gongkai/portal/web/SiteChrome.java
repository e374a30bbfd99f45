package org.gongkai.portal.web;

import org.gongkai.platform.SiteIdentity;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The site identity every page's header and footer show. */
@ControllerAdvice
class SiteChrome {

	private final SiteIdentity site;

	SiteChrome(SiteIdentity site) {
		this.site = site;
	}

	@ModelAttribute("site")
	SiteIdentity site() {
		return site;
	}

}
