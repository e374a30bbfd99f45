package org.gongkai.interaction.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.interaction.InteractionQueries;
import org.gongkai.interaction.NewProposal;
import org.gongkai.interaction.OutcomeClass;
import org.gongkai.interaction.ProposalCommand;
import org.gongkai.interaction.ProposalDesk;
import org.gongkai.interaction.ProposalKind;
import org.gongkai.interaction.ProposalLedger;
import org.gongkai.interaction.ProposalStatus;
import org.gongkai.interaction.ProposalRole;
import org.gongkai.interaction.ProposalView;
import org.gongkai.interaction.Satisfaction;
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

	static final String PATH = "/admin/interaction/proposals";

	private final InteractionQueries queries;

	private final ProposalLedger ledger;

	private final MessageSource messages;

	private final Clock clock;

	ProposalPages(ProposalDesk desk, InteractionQueries queries, ProposalLedger ledger, MessageSource messages,
			Clock clock) {
		this.desk = desk;
		this.queries = queries;
		this.ledger = ledger;
		this.messages = messages;
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
	String ledger(@AuthenticationPrincipal StaffPrincipal me, LedgerQuery query, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ProposalForm(ProposalKind.DEPUTY_SUGGESTION, "", "", "", "", null, false,
					ProposalRole.LEAD));
		}
		LedgerPage<ProposalView> page = ledger.page(me.staff(), query);
		model.addAttribute("items", page.items());
		model.addAttribute("ledger", LedgerModel.of(PATH, query, page, ProposalLedger.SORTING,
				"interaction." + "proposals.")
			.withAgencies(queries.agencies(me.staff()), AgencyInfo::code, AgencyInfo::name)
			.withStatuses("interaction." + "proposalStatus.", ProposalStatus.values())
			.withPerson("interaction.assignedBy"));
		model.addAttribute("registers", queries.handles(me.staff(), me.staff().agencyCode()));
		model.addAttribute("draftsSummary", queries.edits(me.staff(), me.staff().agencyCode()));
		return LEDGER;
	}

	/** Every proposal the query finds (all pages), as XLSX, in the reader's language. */
	@GetMapping("/export")
	void export(@AuthenticationPrincipal StaffPrincipal me, LedgerQuery query,
			@RequestParam(required = false) String format, Locale locale, HttpServletResponse response)
			throws IOException {
		Downloads.send(response, format, false, "proposals-" + LocalDate.now(clock), messages, locale,
				Downloads.keys("interaction.", "reference", "agency", "kind", "proposalTitle", "proposer",
						"assignedBy", "role", "assignedOn", "dueOn", "status", "repliedOn", "outcomeClass",
						"satisfaction"),
				rows -> ledger.each(me.staff(), query, p -> rows.add(p.reference(), p.agencyName(),
						label("interaction." + "kind.", p.kind(), locale), p.title(), p.proposer(), p.assignedBy(),
						label("interaction." + "role.", p.role(), locale), p.assignedOn(), p.dueOn(),
						label("interaction." + "proposalStatus.", p.status(), locale), p.repliedOn(),
						label("interaction." + "class.", p.outcomeClass(), locale),
						label("interaction." + "satisfaction.", p.satisfaction(), locale))));
	}

	private String label(String prefix, Enum<?> value, Locale locale) {
		return value == null ? null : messages.getMessage(prefix + value.name(), null, value.name(), locale);
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
			return ledger(me, LedgerQuery.NONE, model);
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
