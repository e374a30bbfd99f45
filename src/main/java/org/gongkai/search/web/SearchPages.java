package org.gongkai.search.web;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.platform.InvalidInput;
import org.gongkai.search.Search;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The portal's search page: a plain GET form, so that it works without JavaScript and results can be linked. */
@Controller
class SearchPages {

	static final String RESULTS = "portal/search/results";

	private final Search search;

	private final AgencyDirectory agencies;

	private final SearchChoices choices;

	SearchPages(Search search, AgencyDirectory agencies, SearchChoices choices) {
		this.search = search;
		this.agencies = agencies;
		this.choices = choices;
	}

	@GetMapping("/search")
	String search(@ModelAttribute("form") SearchForm form, Model model, HttpServletResponse response) {
		choices.addTo(model, agencies.all());
		try {
			model.addAttribute("results", search.publicly(form.query()));
		}
		catch (InvalidInput e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problems", e.violations());
		}
		return RESULTS;
	}

}
