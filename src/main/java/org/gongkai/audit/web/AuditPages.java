package org.gongkai.audit.web;

import org.gongkai.audit.AuditLog;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log in the back office, newest first, with a button that verifies the chain. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditPages {

	static final String VIEW = "admin/audit";

	static final String VERIFICATION = "admin/audit :: verification";

	private static final int PAGE = 50;

	private final AuditLog log;

	AuditPages(AuditLog log) {
		this.log = log;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "" + Long.MAX_VALUE) long before, Model model) {
		var entries = log.recent(PAGE, before);
		model.addAttribute("entries", entries);
		model.addAttribute("next", entries.size() == PAGE ? entries.get(entries.size() - 1).id() : null);
		return VIEW;
	}

	/** With htmx only the result replaces the button; without JavaScript the whole page comes back with it. */
	@PostMapping("/verify")
	String verify(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("verification", log.verify());
		return htmx != null ? VERIFICATION : list(Long.MAX_VALUE, model);
	}

}
