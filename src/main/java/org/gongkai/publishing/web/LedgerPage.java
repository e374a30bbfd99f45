package org.gongkai.publishing.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.identity.AgencyInfo;
import org.gongkai.platform.LedgerQuery;
import org.gongkai.platform.web.Downloads;
import org.gongkai.platform.web.LedgerModel;
import org.gongkai.publishing.NormativeEntry;
import org.gongkai.publishing.NormativeRegister;
import org.springframework.context.MessageSource;
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

	static final String PATH = "/admin/normative-documents";

	static final String VIEW = "admin/normative-documents";

	private final NormativeLedger ledger;

	private final NormativeRegister register;

	private final MessageSource messages;

	private final Clock clock;

	LedgerPage(NormativeLedger ledger, NormativeRegister register, MessageSource messages, Clock clock) {
		this.ledger = ledger;
		this.register = register;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String show(@AuthenticationPrincipal StaffPrincipal me, LedgerQuery query, Model model) {
		org.gongkai.platform.LedgerPage<NormativeLedger.NormativeView> page = register.page(me.staff(), query);
		List<NormativeLedger.NormativeView> entries = page.items();
		model.addAttribute("entries", entries);
		model.addAttribute("ledger", LedgerModel.of(PATH, query, page, NormativeRegister.SORTING, "normative.")
			.withAgencies(register.agencies(me.staff()), AgencyInfo::code, AgencyInfo::name)
			.withStatuses(NormativeEntry.Status.values()));
		model.addAttribute("cleanup", register.dueForCleanup(me.staff()));
		boolean actionsShown = entries.stream().anyMatch(e -> !e.allowedActions().isEmpty());
		model.addAttribute("actionsShown", actionsShown);
		model.addAttribute("amendable", actionsShown ? ledger.of(me.staff().agencyId()) : List.of());
		model.addAttribute("today", LocalDate.now(clock));
		return VIEW;
	}

	/** Every entry the query finds (all pages), as XLSX, in the reader's language. */
	@GetMapping("/export")
	void export(@AuthenticationPrincipal StaffPrincipal me, LedgerQuery query,
			@RequestParam(required = false) String format, Locale locale, HttpServletResponse response)
			throws IOException {
		Downloads.send(response, format, false, "normative-documents-" + LocalDate.now(clock), messages, locale,
				List.of("normative.kind", "documents.title", "documents.documentNumber", "normative.issuedOn",
						"normative.validUntil", "normative.state"),
				rows -> register.each(me.staff(), query, v -> rows.add(
						messages.getMessage("normative.kind." + v.entry().kind(), null, locale), v.entry().title(),
						v.entry().documentNumber(), v.entry().issuedOn(), v.entry().validUntil(),
						messages.getMessage("normative.status." + v.status(), null, locale))));
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
