package org.gongkai.publishing.web;

import org.gongkai.identity.StaffPrincipal;
import org.gongkai.publishing.ColumnFreshness;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The freshness of every column of the agencies the user may read, with the single-veto items. */
@Controller
class FreshnessPage {

	static final String VIEW = "admin/freshness";

	private final ColumnFreshness freshness;

	FreshnessPage(ColumnFreshness freshness) {
		this.freshness = freshness;
	}

	@GetMapping("/admin/freshness")
	String show(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		model.addAttribute("reports", freshness.readableBy(me.staff()));
		return VIEW;
	}

}
