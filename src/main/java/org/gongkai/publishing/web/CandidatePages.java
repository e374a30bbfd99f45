package org.gongkai.publishing.web;

import java.util.List;

import org.gongkai.identity.StaffPrincipal;
import org.gongkai.publishing.PublicationCandidate;
import org.gongkai.publishing.PublicationCandidates;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editor's list of information several applicants were given (OGI art. 44), with the applications behind each,
 * to publish as a draft or to decline with a reason.
 */
@Controller
@RequestMapping("/admin/publication-candidates")
class CandidatePages {

	static final String VIEW = "admin/publication-candidates";

	private final PublicationCandidates candidates;

	CandidatePages(PublicationCandidates candidates) {
		this.candidates = candidates;
	}

	@GetMapping
	String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		List<PublicationCandidate> all = candidates.list(me.staff());
		model.addAttribute("candidates", all);
		model.addAttribute("actionsShown", all.stream().anyMatch(c -> !c.allowedActions().isEmpty()));
		return VIEW;
	}

	@PostMapping("/{anchor}/accept")
	String accept(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long anchor) {
		return "redirect:/admin/documents/" + candidates.accept(me.staff(), anchor);
	}

	@PostMapping("/{anchor}/decline")
	String decline(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long anchor,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		candidates.decline(me.staff(), anchor, reason);
		redirect.addFlashAttribute("declined", true);
		return "redirect:/admin/publication-candidates";
	}

}
