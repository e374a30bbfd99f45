package org.gongkai.portal.web;

import org.gongkai.platform.Features;
import org.gongkai.platform.SiteIdentity;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The site identity every page's header and footer show, and the optional parts its layout shows. */
@ControllerAdvice
class SiteChrome {

	private final SiteIdentity site;

	private final Features features;

	SiteChrome(SiteIdentity site, Features features) {
		this.site = site;
		this.features = features;
	}

	@ModelAttribute("site")
	SiteIdentity site() {
		return site;
	}

	@ModelAttribute("features")
	Features features() {
		return features;
	}

}
