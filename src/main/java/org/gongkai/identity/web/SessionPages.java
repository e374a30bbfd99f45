package org.gongkai.identity.web;

import org.gongkai.identity.StaffPrincipal;
import org.gongkai.identity.StaffSessions;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A staff member's sessions, with "end session" (强退), for the security administrator (issue 19). */
@Controller
@RequestMapping("/admin/users/{id}/sessions")
@PreAuthorize("hasRole('SECURITY_ADMIN')")
class SessionPages {

	private final StaffSessions sessions;

	SessionPages(StaffSessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping
	String list(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
		model.addAttribute("account", sessions.account(me.staff(), id));
		model.addAttribute("sessions", sessions.of(me.staff(), id));
		return "admin/sessions";
	}

	@PostMapping("/end")
	String end(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam String reference,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute(sessions.end(me.staff(), id, reference) ? "ended" : "gone", reference);
		return "redirect:/admin/users/" + id + "/sessions";
	}

}
