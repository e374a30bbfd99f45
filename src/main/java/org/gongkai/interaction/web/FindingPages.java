package org.gongkai.interaction.web;

import java.time.LocalDate;

import org.gongkai.identity.StaffPrincipal;
import org.gongkai.interaction.FindingCommand;
import org.gongkai.interaction.FindingSource;
import org.gongkai.interaction.FindingView;
import org.gongkai.interaction.Inspections;
import org.gongkai.interaction.InteractionQueries;
import org.gongkai.interaction.NewFinding;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.web.FormErrors;

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

	private final InteractionQueries queries;

	FindingPages(Inspections inspections, InteractionQueries queries) {
		this.inspections = inspections;
		this.queries = queries;
	}

	record FindingForm(String agencyCode, FindingSource source,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate foundOn, String problem, String requiredFix,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline, String responsiblePerson) {
	}

	record FixForm(String evidence, String links, String reason) {
	}

	@GetMapping
	String ledger(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new FindingForm(null, FindingSource.QUARTERLY_INSPECTION, null, "", "", null,
					""));
		}
		model.addAttribute("items", inspections.list(me.staff()));
		model.addAttribute("sources", FindingSource.values());
		var targets = new java.util.LinkedHashSet<>(queries.inspectable(me.staff(), FindingSource.QUARTERLY_INSPECTION));
		targets.addAll(queries.inspectable(me.staff(), FindingSource.SELF_INSPECTION));
		model.addAttribute("targets", targets);
		return LEDGER;
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
			return ledger(me, model);
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
