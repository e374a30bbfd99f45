package org.gongkai.appeals.web;

import java.time.LocalDate;

import org.gongkai.appeals.AppealKind;
import org.gongkai.appeals.AppealResult;
import org.gongkai.appeals.Appeals;
import org.gongkai.appeals.NewAppeal;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.web.FormErrors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agency's reconsideration and litigation cases: the list, registering a case, recording its decision. */
@Controller
@RequestMapping("/admin/appeals")
class AppealPages {

	static final String VIEW = "admin/appeals/list";

	private final Appeals appeals;

	AppealPages(Appeals appeals) {
		this.appeals = appeals;
	}

	/** The registration form; dates arrive as ISO text from {@code <input type=date>}. */
	record AppealForm(AppealKind kind, String body, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate filedOn,
			String requestTrackingNumber, String documents) {
	}

	@GetMapping
	String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		model.addAttribute("form", new AppealForm(AppealKind.RECONSIDERATION, null, null, null, null));
		return show(me, model);
	}

	@PostMapping
	String register(@AuthenticationPrincipal StaffPrincipal me, @ModelAttribute("form") AppealForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			appeals.register(me.staff(), me.staff().agencyCode(), new NewAppeal(form.kind(), form.body(),
					form.filedOn(), form.requestTrackingNumber(), form.documents()));
			redirect.addFlashAttribute("registered", true);
			return "redirect:/admin/appeals";
		}
		catch (DomainException e) {
			FormErrors.reject(result, e);
			return show(me, model);
		}
	}

	@PostMapping("/{id}/decision")
	String decide(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
			@RequestParam(required = false) AppealResult result, RedirectAttributes redirect) {
		try {
			appeals.decide(me.staff(), me.staff().agencyCode(), id, decidedOn, result);
			redirect.addFlashAttribute("decided", true);
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("refusal", e.messageKey());
		}
		return "redirect:/admin/appeals";
	}

	private String show(StaffPrincipal me, Model model) {
		model.addAttribute("appeals", appeals.of(me.staff(), me.staff().agencyCode()));
		model.addAttribute("kinds", AppealKind.values());
		model.addAttribute("results", AppealResult.values());
		return VIEW;
	}

}
