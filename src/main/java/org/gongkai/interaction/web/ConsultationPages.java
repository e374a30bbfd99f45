package org.gongkai.interaction.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.interaction.Asked;
import org.gongkai.interaction.ConsultationCommand;
import org.gongkai.interaction.ConsultationDesk;
import org.gongkai.interaction.ConsultationLedger;
import org.gongkai.interaction.ConsultationStatus;
import org.gongkai.interaction.ConsultationView;
import org.gongkai.interaction.InteractionQueries;
import org.gongkai.interaction.Question;
import org.gongkai.interaction.Triage;
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
 * The consultation ledger (咨询答复时限管理台账) with received, due and handled dates, overdue ones and the 3-month
 * limit highlighted; registering a question that came by phone or letter; one consultation with its triage.
 */
@Controller
@RequestMapping("/admin/interaction/consultations")
class ConsultationPages {

	static final String LEDGER = "admin/interaction/consultations";

	static final String NEW = "admin/interaction/consultation-new";

	static final String DETAIL = "admin/interaction/consultation";

	private final ConsultationDesk desk;

	static final String PATH = "/admin/interaction/consultations";

	private final InteractionQueries queries;

	private final ConsultationLedger ledger;

	private final AgencyDirectory agencies;

	private final MessageSource messages;

	private final Clock clock;

	ConsultationPages(ConsultationDesk desk, InteractionQueries queries, ConsultationLedger ledger,
			AgencyDirectory agencies, MessageSource messages, Clock clock) {
		this.desk = desk;
		this.queries = queries;
		this.ledger = ledger;
		this.agencies = agencies;
		this.messages = messages;
		this.clock = clock;
	}

	record TriageForm(Triage triage, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, String text,
			String toAgencyCode, Boolean publish) {
	}

	record RegistrationForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn, String name,
			String phone, String email, String subject, String question, Boolean publish) {
	}

	@GetMapping
	String ledger(@AuthenticationPrincipal StaffPrincipal me, LedgerQuery query, Model model) {
		LedgerPage<ConsultationView> page = ledger.page(me.staff(), query);
		model.addAttribute("filter", InteractionQueries.Filter.valueOf(query.filter() == null ? "ALL" : query.filter()));
		model.addAttribute("filters", InteractionQueries.Filter.values());
		model.addAttribute("items", page.items());
		model.addAttribute("ledger", LedgerModel.of(PATH, query, page, ConsultationLedger.SORTING, "interaction.")
			.withAgencies(queries.agencies(me.staff()), AgencyInfo::code, AgencyInfo::name)
			.withStatuses(ConsultationStatus.values())
			.withPerson("interaction.ledger.handledBy"));
		AgencyInfo own = agencies.readable(me.staff(), me.staff().agencyCode());
		model.addAttribute("workingDays", desk.workingDays(own));
		model.addAttribute("setsWorkingDays", ConsultationDesk.setsWorkingDays(me.staff(), own));
		return LEDGER;
	}

	/** Every consultation the query finds (all pages), as XLSX, in the reader's language; phones masked. */
	@GetMapping("/export")
	void export(@AuthenticationPrincipal StaffPrincipal me, LedgerQuery query,
			@RequestParam(required = false) String format, Locale locale, HttpServletResponse response)
			throws IOException {
		Downloads.send(response, format, false, "consultations-" + LocalDate.now(clock), messages, locale,
				Downloads.keys("interaction.", "trackingNumber", "agency", "name", "phone", "subject",
						"receivedOn", "dueOn", "handledOn", "status", "limitOn", "ledger.handledBy"),
				rows -> ledger.each(me.staff(), query, c -> rows.add(c.trackingNumber(), c.agencyName(),
						c.askerName(), c.askerPhone(), c.subject(), c.receivedOn(), c.dueOn(), c.handledOn(),
						messages.getMessage("interaction." + "status." + c.status(), null, c.status().name(), locale),
						c.limitOn(), c.handledBy())));
	}

	@PostMapping("/settings")
	String settings(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) Integer workingDays,
			RedirectAttributes redirect) {
		try {
			desk.setWorkingDays(me.staff(), me.staff().agencyCode(), workingDays);
			redirect.addFlashAttribute("saved", true);
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("settingError", e.messageKey());
		}
		return "redirect:/admin/interaction/consultations";
	}

	@GetMapping("/new")
	String registration(Model model) {
		model.addAttribute("form", new RegistrationForm(null, "", "", "", "", "", false));
		return NEW;
	}

	@PostMapping("/new")
	String register(@AuthenticationPrincipal StaffPrincipal me, @ModelAttribute("form") RegistrationForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Asked asked = desk.register(me.staff(), me.staff().agencyCode(), new Question(form.name(),
						form.phone(), form.email(), form.subject(), form.question(),
						Boolean.TRUE.equals(form.publish())), form.receivedOn());
				redirect.addFlashAttribute("registered", asked.trackingNumber());
				return "redirect:/admin/interaction/consultations";
			}
			catch (DomainException e) {
				FormErrors.reject(result, e);
			}
		}
		return NEW;
	}

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
		ConsultationView consultation = queries.consultation(me.staff(), id);
		if (!model.containsAttribute("triageForm")) {
			model.addAttribute("triageForm", new TriageForm(null, null, "", "", true));
		}
		model.addAttribute("c", consultation);
		model.addAttribute("agencies", agencies.all()
			.stream()
			.filter(agency -> !agency.code().equals(consultation.agencyCode()))
			.toList());
		return DETAIL;
	}

	@PostMapping("/{id}/triage")
	String triage(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
			@ModelAttribute("triageForm") TriageForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			desk.triage(me.staff(), id, ConsultationCommand.of(form.triage(), form.on(), form.text(),
					form.toAgencyCode(), Boolean.TRUE.equals(form.publish())));
			redirect.addFlashAttribute("done", form.triage());
			return "redirect:/admin/interaction/consultations/" + id;
		}
		catch (DomainException e) {
			if (e.kind() == DomainException.Kind.NOT_FOUND) {
				throw e;
			}
			FormErrors.reject(result, e);
			model.addAttribute("failed", form.triage());
			return detail(me, id, model);
		}
	}

}
