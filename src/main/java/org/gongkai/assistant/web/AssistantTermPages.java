package org.gongkai.assistant.web;

import org.gongkai.assistant.AssistantTerms;
import org.gongkai.identity.StaffPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The back office's 口语词典: the shipped normalisation entries and those staff added; administrators and editors
 * add and remove entries, audited, in effect for the next question.
 */
@Controller
class AssistantTermPages {

	private final AssistantTerms terms;

	AssistantTermPages(AssistantTerms terms) {
		this.terms = terms;
	}

	@GetMapping("/admin/assistant/terms")
	String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		model.addAttribute("added", terms.added());
		model.addAttribute("shipped", terms.shippedEntries());
		model.addAttribute("edits", AssistantTerms.mayEdit(me.staff()));
		return "admin/assistant/terms";
	}

	@PostMapping("/admin/assistant/terms")
	String add(@AuthenticationPrincipal StaffPrincipal me, @RequestParam String variant, @RequestParam String standard) {
		terms.add(me.staff(), variant, standard);
		return "redirect:/admin/assistant/terms";
	}

	@PostMapping("/admin/assistant/terms/{id}/removal")
	String remove(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
		terms.remove(me.staff(), id);
		return "redirect:/admin/assistant/terms";
	}

}
