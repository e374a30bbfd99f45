package org.gongkai.search.web;

import org.gongkai.dictionaries.Dictionaries;
import org.gongkai.dictionaries.DictionaryPage;
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
 * The back office's 检索同义词 at the search's own address, on the dictionaries' shared page: the shipped groups and
 * those staff added; administrators and editors add and remove groups, audited, in effect for the next search.
 */
@Controller
class SynonymPages {

	private static final String PATH = "/admin/search/synonyms";

	private final SearchSynonyms synonyms;

	private final Dictionaries dictionaries;

	SynonymPages(SearchSynonyms synonyms, Dictionaries dictionaries) {
		this.synonyms = synonyms;
		this.dictionaries = dictionaries;
	}

	@GetMapping(PATH)
	String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		model.addAttribute("page", DictionaryPage.of(dictionaries, dictionaries.named("search-synonyms"),
				Dictionaries.mayEdit(me.staff()), PATH, "words", null));
		return "admin/dictionary";
	}

	@PostMapping(PATH)
	String add(@AuthenticationPrincipal StaffPrincipal me, @RequestParam String words) {
		synonyms.add(me.staff(), words);
		return "redirect:" + PATH;
	}

	@PostMapping(PATH + "/{id}/removal")
	String remove(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
		synonyms.remove(me.staff(), id);
		return "redirect:" + PATH;
	}

}
