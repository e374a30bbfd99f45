package org.gongkai.publishing.web;

import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.web.FormErrors;
import org.gongkai.publishing.DisclosureGuide;
import org.gongkai.publishing.DisclosureGuides;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agency's disclosure guide (OGI art. 12), edited as fields and published on saving. */
@Controller
@RequestMapping("/admin/guide")
class GuidePage {

	static final String VIEW = "admin/guide";

	private final DisclosureGuides guides;

	GuidePage(DisclosureGuides guides) {
		this.guides = guides;
	}

	@GetMapping
	String show(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		model.addAttribute("form", guides.of(me.staff().agencyId())
			.orElse(DisclosureGuide.template("")));
		return VIEW;
	}

	@PostMapping
	String save(@AuthenticationPrincipal StaffPrincipal me, @ModelAttribute("form") DisclosureGuide form,
			BindingResult result, RedirectAttributes redirect) {
		try {
			guides.save(me.staff(), me.staff().agencyCode(), form);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/guide";
		}
		catch (DomainException e) {
			FormErrors.reject(result, e);
			return VIEW;
		}
	}

}
