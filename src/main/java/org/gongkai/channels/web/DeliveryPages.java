package org.gongkai.channels.web;

import org.gongkai.channels.Deliveries;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.DomainException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The delivery ledger: every delivery to every channel, its attempts, result and next attempt, with "resend". */
@Controller
@RequestMapping("/admin/channels/deliveries")
class DeliveryPages {

	static final String VIEW = "admin/channels/deliveries";

	private final Deliveries deliveries;

	DeliveryPages(Deliveries deliveries) {
		this.deliveries = deliveries;
	}

	@GetMapping
	String show(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		model.addAttribute("deliveries", deliveries.recent(me.staff()));
		return VIEW;
	}

	@PostMapping("/{id}/resend")
	String resend(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		try {
			deliveries.resend(me.staff(), id);
			redirect.addFlashAttribute("resent", id);
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("refusal", e.messageKey());
		}
		return "redirect:/admin/channels/deliveries";
	}

}
