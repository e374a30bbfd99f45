package org.gongkai.publishing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.DomainException;
import org.gongkai.publishing.NormativeAction;
import org.gongkai.publishing.NormativeCommand;
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
		List<NormativeLedger.NormativeView> entries = ledger.ledger(me.staff());
		model.addAttribute("entries", entries);
		model.addAttribute("cleanup", entries.stream().filter(NormativeLedger.NormativeView::dueForCleanup).count());
		model.addAttribute("actionsShown", entries.stream().anyMatch(e -> !e.allowedActions().isEmpty()));
		model.addAttribute("today", LocalDate.now(clock));
		return VIEW;
	}

	@PostMapping("/{id}")
	String change(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
			@RequestParam NormativeAction action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) Long amendedBy, RedirectAttributes redirect) {
		try {
			ledger.change(me.staff(), id, NormativeCommand.of(action, on, amendedBy));
			redirect.addFlashAttribute("changed", action);
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("refusal", e.messageKey());
		}
		return "redirect:/admin/normative-documents";
	}

}
