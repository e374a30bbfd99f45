package org.gongkai.admin.web;

import java.util.List;

import org.gongkai.audit.AuditEntry;
import org.gongkai.audit.AuditLog;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffPrincipal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log in the back office, newest first, with a button that verifies the chain. An agency's administrator
 * reads the entries of their agency and those below it; the platform's root administrator reads every entry,
 * platform-wide ones included (issue 22). It lives in the admin shell because the audit module, which every module's
 * events feed, cannot depend on identity's scoping.
 */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditTrailPages {

	static final String VIEW = "admin/audit";

	static final String VERIFICATION = "admin/audit :: verification";

	private static final int PAGE = 50;

	private final AuditLog log;

	private final AgencyDirectory agencies;

	AuditTrailPages(AuditLog log, AgencyDirectory agencies) {
		this.log = log;
		this.agencies = agencies;
	}

	@GetMapping
	String list(@AuthenticationPrincipal StaffPrincipal me,
			@RequestParam(defaultValue = "" + Long.MAX_VALUE) long before, Model model) {
		List<AuditEntry> entries = entries(me.staff(), before);
		model.addAttribute("entries", entries);
		model.addAttribute("next", entries.size() == PAGE ? entries.get(entries.size() - 1).id() : null);
		return VIEW;
	}

	/** With htmx only the result replaces the button; without JavaScript the whole page comes back with it. */
	@PostMapping("/verify")
	String verify(@AuthenticationPrincipal StaffPrincipal me,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("verification", log.verify());
		return htmx != null ? VERIFICATION : list(me, Long.MAX_VALUE, model);
	}

	private List<AuditEntry> entries(Staff reader, long before) {
		return reader.isPlatformAdministrator() ? log.recent(PAGE, before)
				: log.recent(PAGE, before, agencies.scopeOf(reader).codes());
	}

}
