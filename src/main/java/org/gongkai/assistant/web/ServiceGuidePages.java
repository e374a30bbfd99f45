package org.gongkai.assistant.web;

import org.gongkai.assistant.ServiceItems;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.platform.DomainException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The portal's 办事指南: one page per published service item, and each agency's list (with or without the assistant).
 */
@Controller
class ServiceGuidePages {

	private final ServiceItems items;

	private final AgencyDirectory agencies;

	ServiceGuidePages(ServiceItems items, AgencyDirectory agencies) {
		this.items = items;
		this.agencies = agencies;
	}

	@GetMapping("/service-guides/{agency}")
	String list(@PathVariable String agency, Model model) {
		model.addAttribute("agency", agency(agency));
		model.addAttribute("guides", items.published(agency));
		return "portal/assistant/guides";
	}

	@GetMapping("/service-guides/{agency}/{code}")
	String guide(@PathVariable String agency, @PathVariable String code, Model model) {
		model.addAttribute("agency", agency(agency));
		model.addAttribute("guide", items.published(agency, code)
			.orElseThrow(() -> DomainException.notFound("assistant.item.notFound", code)));
		return "portal/assistant/guide";
	}

	private AgencyInfo agency(String code) {
		return agencies.findByCode(code).orElseThrow(() -> DomainException.notFound("identity.agency.notFound", code));
	}

}
