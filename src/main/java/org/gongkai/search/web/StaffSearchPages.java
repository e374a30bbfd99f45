package org.gongkai.search.web;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.InvalidInput;
import org.gongkai.search.Search;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The back office's search over every document the staff member may read, in any state. */
@Controller
class StaffSearchPages {

	static final String RESULTS = "admin/search/results";

	private final Search search;

	private final AgencyDirectory agencies;

	private final SearchChoices choices;

	StaffSearchPages(Search search, AgencyDirectory agencies, SearchChoices choices) {
		this.search = search;
		this.agencies = agencies;
		this.choices = choices;
	}

	@GetMapping("/admin/search")
	String search(@AuthenticationPrincipal StaffPrincipal me, @ModelAttribute("form") SearchForm form, Model model,
			HttpServletResponse response) {
		choices.addTo(model, agencies.readableBy(me.staff()));
		try {
			model.addAttribute("results", search.forStaff(me.staff(), form.query()));
		}
		catch (InvalidInput e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problems", e.violations());
		}
		return RESULTS;
	}

}
