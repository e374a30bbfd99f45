package org.gongkai.dictionaries.web;

import org.gongkai.dictionaries.Dictionaries;
import org.gongkai.dictionaries.Dictionary;
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
 * The back office's 词库: the list of the dictionaries and the page of each (the shipped entries and staff's);
 * administrators and editors add and remove entries, audited, in effect at the next use. A module may keep its
 * dictionary's page at its own address (search's synonyms, the assistant's dictionary) with the same template.
 */
@Controller
class DictionaryPages {

	static final String VIEW = "admin/dictionary";

	private final Dictionaries dictionaries;

	DictionaryPages(Dictionaries dictionaries) {
		this.dictionaries = dictionaries;
	}

	@GetMapping("/admin/dictionaries")
	String index(Model model) {
		model.addAttribute("dictionaries", dictionaries.all());
		return "admin/dictionaries";
	}

	/** A dictionary's page; with {@code term}, its form filled in with it (from the assistant's log of questions). */
	@GetMapping("/admin/dictionaries/{code}")
	String page(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String code,
			@RequestParam(required = false) String term, Model model) {
		Dictionary dictionary = dictionaries.named(code);
		model.addAttribute("page",
				DictionaryPage.of(dictionaries, dictionary, Dictionaries.mayEdit(me.staff())).drafting(term));
		return VIEW;
	}

	@PostMapping("/admin/dictionaries/{code}")
	String add(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String code, @RequestParam String term,
			@RequestParam(required = false) String value) {
		dictionaries.add(me.staff(), dictionaries.named(code), term, value);
		return "redirect:/admin/dictionaries/" + code;
	}

	@PostMapping("/admin/dictionaries/{code}/{id}/removal")
	String remove(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String code, @PathVariable long id) {
		dictionaries.remove(me.staff(), dictionaries.named(code), id);
		return "redirect:/admin/dictionaries/" + code;
	}

}
