package org.gongkai.interaction.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.interaction.Asked;
import org.gongkai.interaction.ConsultationDesk;
import org.gongkai.interaction.InteractionQueries;
import org.gongkai.interaction.Question;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.web.FormErrors;
import org.gongkai.platform.web.SubmissionLimiter;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public side of consultations: the Q&A list, the form (a hidden honeypot field and the per-address limit keep
 * automated submissions out), the receipt with the tracking number, and the lookup of the answer by that number.
 */
@Controller
@RequestMapping("/consultations")
class ConsultationPortal {

	static final String ANSWERS = "portal/interaction/answers";

	static final String FORM = "portal/interaction/ask";

	static final String RECEIPT = "portal/interaction/asked";

	static final String LOOKUP = "portal/interaction/lookup";

	private final ConsultationDesk desk;

	private final InteractionQueries queries;

	private final AgencyDirectory agencies;

	private final SubmissionLimiter limiter;

	ConsultationPortal(ConsultationDesk desk, InteractionQueries queries, AgencyDirectory agencies,
			SubmissionLimiter limiter) {
		this.desk = desk;
		this.queries = queries;
		this.agencies = agencies;
		this.limiter = limiter;
	}

	record AskForm(String agencyCode, String name, String phone, String email, String subject, String question,
			Boolean publish, String website) {
	}

	@GetMapping
	String answers(@RequestParam(name = "agency", required = false) String agency,
			@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		model.addAttribute("agencies", agencies.all());
		model.addAttribute("agency", agency);
		model.addAttribute("answers", queries.publishedAnswers(agency == null || agency.isBlank() ? null : agency, page));
		return ANSWERS;
	}

	@GetMapping("/new")
	String form(@RequestParam(name = "agency", required = false) String agency, Model model) {
		model.addAttribute("agencies", agencies.all());
		model.addAttribute("form", new AskForm(agency, "", "", "", "", "", false, ""));
		return FORM;
	}

	@PostMapping("/new")
	String ask(@ModelAttribute("form") AskForm form, BindingResult result, HttpServletRequest http, Model model,
			RedirectAttributes redirect) {
		if (form.website() != null && !form.website().isBlank()) {
			return "redirect:/consultations";
		}
		model.addAttribute("agencies", agencies.all());
		if (!limiter.tryAcquire("consultation", http)) {
			result.reject("interaction.tooMany");
			return FORM;
		}
		try {
			Asked asked = desk.ask(form.agencyCode() == null ? "" : form.agencyCode(), new Question(form.name(),
					form.phone(), form.email(), form.subject(), form.question(), Boolean.TRUE.equals(form.publish())));
			redirect.addFlashAttribute("asked", asked);
			return "redirect:/consultations/asked";
		}
		catch (DomainException e) {
			limiter.release("consultation", http);
			FormErrors.reject(result, e);
			return FORM;
		}
	}

	@GetMapping("/asked")
	String receipt(Model model) {
		return model.containsAttribute("asked") ? RECEIPT : "redirect:/consultations/lookup";
	}

	@GetMapping("/lookup")
	String lookupForm() {
		return LOOKUP;
	}

	/** Posted, so that the number stays out of addresses and logs. */
	@PostMapping("/lookup")
	String lookUp(@RequestParam String trackingNumber, Model model) {
		model.addAttribute("trackingNumber", trackingNumber);
		queries.lookUp(trackingNumber)
			.ifPresentOrElse(answer -> model.addAttribute("answer", answer),
					() -> model.addAttribute("notFound", true));
		return LOOKUP;
	}

}
