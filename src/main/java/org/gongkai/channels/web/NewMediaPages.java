package org.gongkai.channels.web;

import org.gongkai.channels.AccountAction;
import org.gongkai.channels.ChannelAdministration;
import org.gongkai.channels.NewMediaAccount;
import org.gongkai.channels.NewMediaRegister;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.Role;
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

/** 政务新媒体台账: the accounts of the agencies the user may read, their last update and freshness. */
@Controller
@RequestMapping("/admin/new-media")
class NewMediaPages {

	static final String VIEW = "admin/channels/new-media";

	private final NewMediaRegister register;

	private final ChannelAdministration channels;

	private final AgencyDirectory agencies;

	NewMediaPages(NewMediaRegister register, ChannelAdministration channels, AgencyDirectory agencies) {
		this.register = register;
		this.channels = channels;
		this.agencies = agencies;
	}

	/** The form of a new account; {@code channelId} empty when no channel delivers to it. */
	record AccountForm(String agencyCode, String platform, String name, String sponsor, Long channelId) {
	}

	@GetMapping
	String show(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		model.addAttribute("accounts", register.readableBy(me.staff()));
		model.addAttribute("administered", agencies.readableBy(me.staff())
			.stream()
			.filter(agency -> me.staff().canActFor(agency, Role.ADMIN))
			.toList());
		model.addAttribute("channels", channels.readableBy(me.staff()));
		return VIEW;
	}

	@PostMapping
	String add(@AuthenticationPrincipal StaffPrincipal me, AccountForm form, RedirectAttributes redirect) {
		try {
			register.add(me.staff(), form.agencyCode(),
					new NewMediaAccount(form.platform(), form.name(), form.sponsor(), form.channelId()));
			redirect.addFlashAttribute("changed", "added");
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("refusal", e.messageKey());
		}
		return "redirect:/admin/new-media";
	}

	@PostMapping("/{id}/{action}")
	String move(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @PathVariable AccountAction action,
			RedirectAttributes redirect) {
		try {
			register.move(me.staff(), id, action);
			redirect.addFlashAttribute("changed", action.name());
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("refusal", e.messageKey());
		}
		return "redirect:/admin/new-media";
	}

}
