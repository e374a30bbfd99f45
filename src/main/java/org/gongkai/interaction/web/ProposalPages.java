package org.gongkai.interaction.web;

import java.time.LocalDate;

import org.gongkai.identity.StaffPrincipal;
import org.gongkai.interaction.InteractionQueries;
import org.gongkai.interaction.NewProposal;
import org.gongkai.interaction.OutcomeClass;
import org.gongkai.interaction.ProposalCommand;
import org.gongkai.interaction.ProposalDesk;
import org.gongkai.interaction.ProposalKind;
import org.gongkai.interaction.ProposalRole;
import org.gongkai.interaction.ProposalView;
import org.gongkai.interaction.Satisfaction;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The proposal ledger (建议提案办理台账): registering an assignment, the reply with its outcome class, the deputy's
 * satisfaction, and drafting the reply and the year's summary for publication in the 建议提案办理 column.
 */
@Controller
@RequestMapping("/admin/interaction/proposals")
class ProposalPages {

	static final String LEDGER = "admin/interaction/proposals";

	static final String DETAIL = "admin/interaction/proposal";

	private final ProposalDesk desk;

	private final InteractionQueries queries;

	private final java.time.Clock clock;

	ProposalPages(ProposalDesk desk, InteractionQueries queries, java.time.Clock clock) {
		this.desk = desk;
		this.queries = queries;
		this.clock = clock;
	}

	record ProposalForm(ProposalKind kind, String reference, String title, String proposer, String assignedBy,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assignedOn, Boolean complex, ProposalRole role) {
	}

	record ReplyForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, String reply,
			OutcomeClass outcomeClass, Satisfaction satisfaction) {
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("kinds", ProposalKind.values());
		model.addAttribute("roles", ProposalRole.values());
		model.addAttribute("classes", OutcomeClass.values());
		model.addAttribute("satisfactions", Satisfaction.values());
		model.addAttribute("thisYear", LocalDate.now(clock).getYear());
	}

	@GetMapping
	String ledger(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ProposalForm(ProposalKind.DEPUTY_SUGGESTION, "", "", "", "", null, false,
					ProposalRole.LEAD));
		}
		model.addAttribute("items", desk.list(me.staff()));
		model.addAttribute("registers", queries.handles(me.staff(), me.staff().agencyCode()));
		model.addAttribute("draftsSummary", queries.edits(me.staff(), me.staff().agencyCode()));
		return LEDGER;
	}

	@PostMapping
	String register(@AuthenticationPrincipal StaffPrincipal me, @ModelAttribute("form") ProposalForm form,
			BindingResult result, Model model) {
		try {
			ProposalView created = desk.register(me.staff(), me.staff().agencyCode(), new NewProposal(form.kind(),
					form.reference(), form.title(), form.proposer(), form.assignedBy(), form.assignedOn(),
					form.complex(), form.role()));
			return "redirect:/admin/interaction/proposals/" + created.id();
		}
		catch (DomainException e) {
			FormErrors.reject(result, e);
			return ledger(me, model);
		}
	}

	@PostMapping("/summary")
	String summary(@AuthenticationPrincipal StaffPrincipal me, @RequestParam int year, RedirectAttributes redirect) {
		long document = desk.draftYearSummary(me.staff(), me.staff().agencyCode(), year);
		return "redirect:/admin/documents/" + document;
	}

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
		ProposalView proposal = desk.find(me.staff(), id);
		if (!model.containsAttribute("replyForm")) {
			model.addAttribute("replyForm", new ReplyForm(null, "", null, null));
		}
		model.addAttribute("p", proposal);
		return DETAIL;
	}

	@PostMapping("/{id}/reply")
	String reply(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
			@ModelAttribute("replyForm") ReplyForm form, BindingResult result, Model model) {
		return act(me, id, result, model, () -> desk.handle(me.staff(), id,
				new ProposalCommand.Reply(form.on(), form.reply(), form.outcomeClass())));
	}

	@PostMapping("/{id}/feedback")
	String feedback(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
			@ModelAttribute("replyForm") ReplyForm form, BindingResult result, Model model) {
		return act(me, id, result, model, () -> desk.handle(me.staff(), id,
				new ProposalCommand.RecordFeedback(form.on(), form.satisfaction())));
	}

	@PostMapping("/{id}/publication")
	String publish(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
		long document = desk.draftReplyPublication(me.staff(), id);
		return "redirect:/admin/documents/" + document;
	}

	private String act(StaffPrincipal me, long id, BindingResult result, Model model, Runnable action) {
		try {
			action.run();
			return "redirect:/admin/interaction/proposals/" + id;
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
