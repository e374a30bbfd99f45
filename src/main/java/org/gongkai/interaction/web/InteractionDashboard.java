package org.gongkai.interaction.web;

import org.gongkai.identity.StaffPrincipal;
import org.gongkai.interaction.InteractionQueries;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What is due this week across consultations, proposals and findings; for a caller who reads several agencies (a
 * supervisor), the overdue items per agency and the charts of volumes and timeliness by month, each with its table
 * for readers without JavaScript.
 */
@Controller
class InteractionDashboard {

	static final String VIEW = "admin/interaction/dashboard";

	static final int MONTHS = 12;

	private final InteractionQueries queries;

	InteractionDashboard(InteractionQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/admin/interaction")
	String dashboard(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		var overview = queries.overview(me.staff());
		model.addAttribute("due", queries.dueThisWeek(me.staff()));
		model.addAttribute("overview", overview);
		model.addAttribute("several", overview.size() > 1);
		model.addAttribute("monthly", queries.monthly(me.staff(), MONTHS));
		return VIEW;
	}

}
