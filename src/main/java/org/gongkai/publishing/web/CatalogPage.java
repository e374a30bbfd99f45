package org.gongkai.publishing.web;

import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.DomainException;
import org.gongkai.publishing.Catalog;
import org.gongkai.publishing.CatalogEditing;
import org.gongkai.publishing.Freshness;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agency's catalog as a tree the editor maintains; every change re-renders the agency's site. */
@Controller
@RequestMapping("/admin/catalog")
class CatalogPage {

	private final Catalog catalog;

	private final CatalogEditing editing;

	CatalogPage(Catalog catalog, CatalogEditing editing) {
		this.catalog = catalog;
		this.editing = editing;
	}

	@GetMapping
	String show(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		model.addAttribute("columns", catalog.of(me.staff().agencyId()));
		model.addAttribute("freshnessClasses", Freshness.values());
		model.addAttribute("indexPattern", editing.indexNumberPattern(me.staff(), me.staff().agencyCode()));
		return "admin/catalog";
	}

	@PostMapping("/index-number-pattern")
	String indexNumberPattern(@AuthenticationPrincipal StaffPrincipal me, @RequestParam String pattern,
			RedirectAttributes redirect) {
		return step(redirect, () -> editing.setIndexNumberPattern(me.staff(), me.staff().agencyCode(), pattern));
	}

	@PostMapping
	String add(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String parent,
			@RequestParam String code, @RequestParam String name, @RequestParam Freshness freshness,
			RedirectAttributes redirect) {
		return step(redirect, () -> editing.add(me.staff(), me.staff().agencyCode(), parent, code, name, freshness));
	}

	@PostMapping("/{code}")
	String change(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String code, @RequestParam String name,
			@RequestParam Freshness freshness, RedirectAttributes redirect) {
		return step(redirect, () -> editing.change(me.staff(), me.staff().agencyCode(), code, name, freshness));
	}

	@PostMapping("/{code}/move")
	String move(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String code, @RequestParam int direction,
			RedirectAttributes redirect) {
		return step(redirect, () -> editing.move(me.staff(), me.staff().agencyCode(), code, direction));
	}

	@PostMapping("/{code}/remove")
	String remove(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String code, RedirectAttributes redirect) {
		return step(redirect, () -> editing.remove(me.staff(), me.staff().agencyCode(), code));
	}

	private static String step(RedirectAttributes redirect, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("saved", true);
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("refusal", e.messageKey());
			redirect.addFlashAttribute("refusalArguments", e.arguments());
		}
		return "redirect:/admin/catalog";
	}

}
