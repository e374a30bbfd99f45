package org.gongkai.search.web;

import org.gongkai.identity.StaffPrincipal;
import org.gongkai.search.SearchSynonyms;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The back office's 检索同义词: the shipped groups and those staff added; administrators and editors add and remove
 * groups, audited, in effect for the next search.
 */
@Controller
class SynonymPages {

	static final String VIEW = "admin/search/synonyms";

	private final SearchSynonyms synonyms;

	SynonymPages(SearchSynonyms synonyms) {
		this.synonyms = synonyms;
	}

	@GetMapping("/admin/search/synonyms")
	String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		model.addAttribute("added", synonyms.added());
		model.addAttribute("shipped", synonyms.shippedGroups());
		model.addAttribute("edits", SearchSynonyms.mayEdit(me.staff()));
		return VIEW;
	}

	@PostMapping("/admin/search/synonyms")
	String add(@AuthenticationPrincipal StaffPrincipal me, @RequestParam String words) {
		synonyms.add(me.staff(), words);
		return "redirect:/admin/search/synonyms";
	}

	@PostMapping("/admin/search/synonyms/{id}/removal")
	String remove(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
		synonyms.remove(me.staff(), id);
		return "redirect:/admin/search/synonyms";
	}

}
