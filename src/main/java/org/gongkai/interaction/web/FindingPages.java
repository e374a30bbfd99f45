package org.gongkai.interaction.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.interaction.FindingCommand;
import org.gongkai.interaction.FindingLedger;
import org.gongkai.interaction.FindingSource;
import org.gongkai.interaction.FindingStatus;
import org.gongkai.interaction.FindingView;
import org.gongkai.interaction.Inspections;
import org.gongkai.interaction.InteractionQueries;
import org.gongkai.interaction.NewFinding;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.LedgerPage;
import org.gongkai.platform.LedgerQuery;
import org.gongkai.platform.web.Downloads;
import org.gongkai.platform.web.LedgerModel;
import org.gongkai.platform.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The rectification ledger (督查整改台账): findings with their deadline and state, overdue ones first in the
 * supervisor's eye; recording a finding; reporting the fix; sign-off (销号) or return.
 */
@Controller
@RequestMapping("/admin/interaction/findings")
class FindingPages {

	static final String LEDGER = "admin/interaction/findings";

	static final String DETAIL = "admin/interaction/finding";

	private final Inspections inspections;

	static final String PATH = "/admin/interaction/findings";

	private final InteractionQueries queries;

	private final FindingLedger ledger;

	private final MessageSource messages;

	private final Clock clock;

	FindingPages(Inspections inspections, InteractionQueries queries, FindingLedger ledger, MessageSource messages,
			Clock clock) {
		this.inspections = inspections;
		this.queries = queries;
		this.ledger = ledger;
		this.messages = messages;
		this.clock = clock;
	}

	record FindingForm(String agencyCode, FindingSource source,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate foundOn, String problem, String requiredFix,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline, String responsiblePerson) {
	}

	record FixForm(String evidence, String links, String reason) {
	}

	@GetMapping
	String ledger(@AuthenticationPrincipal StaffPrincipal me, LedgerQuery query, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new FindingForm(null, FindingSource.QUARTERLY_INSPECTION, null, "", "", null,
					""));
		}
		LedgerPage<FindingView> page = ledger.page(me.staff(), query);
		model.addAttribute("items", page.items());
		model.addAttribute("ledger", LedgerModel.of(PATH, query, page, FindingLedger.SORTING,
				"interaction." + "findings.")
			.withAgencies(queries.agencies(me.staff()), AgencyInfo::code, AgencyInfo::name)
			.withStatuses("interaction." + "findingStatus.", FindingStatus.values())
			.withPerson("interaction.foundBy"));
		model.addAttribute("sources", FindingSource.values());
		var targets = new java.util.LinkedHashSet<>(queries.inspectable(me.staff(), FindingSource.QUARTERLY_INSPECTION));
		targets.addAll(queries.inspectable(me.staff(), FindingSource.SELF_INSPECTION));
		model.addAttribute("targets", targets);
		return LEDGER;
	}

	/** Every finding the query finds (all pages), as XLSX, in the reader's language. */
	@GetMapping("/export")
	void export(@AuthenticationPrincipal StaffPrincipal me, LedgerQuery query,
			@RequestParam(required = false) String format, Locale locale, HttpServletResponse response)
			throws IOException {
		Downloads.send(response, format, false, "findings-" + LocalDate.now(clock), messages, locale,
				Downloads.keys("interaction.", "problem", "agency", "source", "foundBy", "foundOn", "requiredFix",
						"deadline", "responsiblePerson", "status", "closedOn"),
				rows -> ledger.each(me.staff(), query, f -> rows.add(f.problem(), f.agencyName(),
						messages.getMessage("interaction." + "source." + f.source(), null, f.source().name(), locale),
						f.foundBy(), f.foundOn(), f.requiredFix(), f.deadline(), f.responsiblePerson(),
						messages.getMessage("interaction." + "findingStatus." + f.status(), null, f.status().name(),
								locale),
						f.closedOn())));
	}

	@PostMapping
	String record(@AuthenticationPrincipal StaffPrincipal me, @ModelAttribute("form") FindingForm form,
			BindingResult result, Model model) {
		try {
			FindingView created = inspections.record(me.staff(), new NewFinding(form.agencyCode(), form.source(),
					form.foundOn(), form.problem(), form.requiredFix(), form.deadline(), form.responsiblePerson()));
			return "redirect:/admin/interaction/findings/" + created.id();
		}
		catch (DomainException e) {
			if (e.kind() == DomainException.Kind.NOT_FOUND) {
				throw e;
			}
			FormErrors.reject(result, e);
			return ledger(me, LedgerQuery.NONE, model);
		}
	}

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
		FindingView finding = inspections.find(me.staff(), id);
		if (!model.containsAttribute("fixForm")) {
			model.addAttribute("fixForm", new FixForm("", "", ""));
		}
		model.addAttribute("f", finding);
		return DETAIL;
	}

	@PostMapping("/{id}/fix")
	String fix(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
			@ModelAttribute("fixForm") FixForm form, BindingResult result, Model model) {
		return act(me, id, result, model, () -> inspections.handle(me.staff(), id,
				FindingCommand.ReportFix.typed(form.evidence(), form.links())));
	}

	@PostMapping("/{id}/sign-off")
	String signOff(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
			@ModelAttribute("fixForm") FixForm form, BindingResult result, Model model) {
		return act(me, id, result, model, () -> inspections.handle(me.staff(), id, new FindingCommand.SignOff()));
	}

	@PostMapping("/{id}/return")
	String returnFix(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
			@ModelAttribute("fixForm") FixForm form, BindingResult result, Model model) {
		return act(me, id, result, model, () -> inspections.handle(me.staff(), id,
				new FindingCommand.ReturnFix(form.reason())));
	}

	private String act(StaffPrincipal me, long id, BindingResult result, Model model, Runnable action) {
		try {
			action.run();
			return "redirect:/admin/interaction/findings/" + id;
		}
		catch (DomainException e) {
			if (e.kind() == DomainException.Kind.NOT_FOUND) {
				throw e;
			}
			FormErrors.reject(result, e);
			return detail(me, id, model);
		}
	}

}
