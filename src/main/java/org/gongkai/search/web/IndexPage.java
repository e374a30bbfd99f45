package org.gongkai.search.web;

import java.time.Clock;

import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.DomainException;
import org.gongkai.search.IndexRebuild;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The search index's page: its size, and a rebuild the root administrator starts and everyone can follow. */
@Controller
class IndexPage {

	static final String VIEW = "admin/search/index";

	private final IndexRebuild rebuild;

	private final Clock clock;

	IndexPage(IndexRebuild rebuild, Clock clock) {
		this.rebuild = rebuild;
		this.clock = clock;
	}

	@GetMapping("/admin/search/index")
	String index(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		IndexRebuild.Status status = rebuild.status();
		model.addAttribute("status", status);
		model.addAttribute("running", status.state() == IndexRebuild.State.RUNNING);
		model.addAttribute("startsRebuild", IndexRebuild.mayStart(me.staff()));
		model.addAttribute("elapsedSeconds", status.elapsed(clock.instant()).toSeconds());
		model.addAttribute("entries", rebuild.entries());
		return VIEW;
	}

	@PostMapping("/admin/search/index/rebuild")
	String rebuild(@AuthenticationPrincipal StaffPrincipal me, RedirectAttributes redirect) {
		try {
			rebuild.start(me.staff());
			redirect.addFlashAttribute("started", true);
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("refusal", e.messageKey());
		}
		return "redirect:/admin/search/index";
	}

}
