package org.gongkai.assistant.web;

import org.gongkai.assistant.AssistantTerms;
import org.gongkai.dictionaries.Dictionaries;
import org.gongkai.dictionaries.DictionaryPage;
import org.gongkai.identity.StaffPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The back office's 口语词典 at the assistant's own address, on the dictionaries' shared page: the shipped
 * normalisation entries and those staff added; administrators and editors add and remove entries, audited, in effect
 * for the next question.
 */
@Controller
class AssistantTermPages {

	private static final String PATH = "/admin/assistant/terms";

	private final AssistantTerms terms;

	private final Dictionaries dictionaries;

	AssistantTermPages(AssistantTerms terms, Dictionaries dictionaries) {
		this.terms = terms;
		this.dictionaries = dictionaries;
	}

	@GetMapping(PATH)
	String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		model.addAttribute("page", DictionaryPage.of(dictionaries, dictionaries.named("assistant-terms"),
				Dictionaries.mayEdit(me.staff()), PATH, "variant", "standard"));
		return "admin/dictionary";
	}

	@PostMapping(PATH)
	String add(@AuthenticationPrincipal StaffPrincipal me, @RequestParam String variant, @RequestParam String standard) {
		terms.add(me.staff(), variant, standard);
		return "redirect:" + PATH;
	}

	@PostMapping(PATH + "/{id}/removal")
	String remove(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
		terms.remove(me.staff(), id);
		return "redirect:" + PATH;
	}

}
