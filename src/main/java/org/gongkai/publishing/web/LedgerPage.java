package org.gongkai.publishing.web;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.DomainException;
import org.gongkai.publishing.NormativeLedger;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The ledger of rules and normative documents of the user's agency, the cleanup list, abolition and renewal. */
@Controller
@RequestMapping("/admin/normative-documents")
class LedgerPage {

	static final String VIEW = "admin/normative-documents";

	private final NormativeLedger ledger;

	private final Clock clock;

	LedgerPage(NormativeLedger ledger, Clock clock) {
		this.ledger = ledger;
		this.clock = clock;
	}

	@GetMapping
	String show(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		model.addAttribute("entries", ledger.of(me.staff().agencyId()));
		model.addAttribute("cleanup", ledger.dueForCleanup(me.staff().agencyId()));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("mayChange", ledger.mayChange(me.staff()));
		return VIEW;
	}

	@PostMapping("/{id}/{step}")
	String change(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @PathVariable String step,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) Long amendedBy, RedirectAttributes redirect) {
		try {
			switch (step) {
				case "abolish" -> ledger.abolish(me.staff(), id, on);
				case "renew" -> ledger.renew(me.staff(), id, on);
				case "amend" -> ledger.amend(me.staff(), id, on, amendedBy == null ? -1 : amendedBy);
				default -> throw DomainException.invalid("step", "validation.required");
			}
			redirect.addFlashAttribute("changed", step);
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("refusal", e.messageKey());
		}
		return "redirect:/admin/normative-documents";
	}

}
