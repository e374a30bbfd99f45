package org.gongkai.requests.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.web.FormErrors;
import org.gongkai.platform.web.SubmissionLimiter;
import org.gongkai.requests.Applicant;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.Application;
import org.gongkai.requests.DeliveryMethod;
import org.gongkai.requests.RequestIntake;
import org.gongkai.requests.Submitted;
import org.gongkai.requests.Upload;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public application form (OGI art. 29) and its receipt. A hidden honeypot field and a per-address limit keep
 * automated submissions out; a rejected form comes back with every field as typed and the errors beside them.
 */
@Controller
@RequestMapping("/requests")
class ApplyPages {

	static final String FORM = "portal/apply";

	static final String RECEIPT = "portal/applied";

	private final RequestIntake intake;

	private final AgencyDirectory agencies;

	private final SubmissionLimiter limiter;

	ApplyPages(RequestIntake intake, AgencyDirectory agencies, SubmissionLimiter limiter) {
		this.intake = intake;
		this.agencies = agencies;
		this.limiter = limiter;
	}

	record ApplyForm(String agencyCode, ApplicantType applicantType, String name, Applicant.IdType idType,
			String idNumber, String phone, String email, String address, String creditCode,
			String legalRepresentative, String description, String documentNumber, DeliveryMethod deliveryMethod,
			Boolean paperCopy, Boolean consent, String website) {

		/** Unticked checkboxes are not sent at all. */
		public boolean wantsPaper() {
			return Boolean.TRUE.equals(paperCopy);
		}

		public boolean consented() {
			return Boolean.TRUE.equals(consent);
		}

	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("agencies", agencies.all());
		model.addAttribute("applicantTypes", ApplicantType.values());
		model.addAttribute("idTypes", Applicant.IdType.values());
		model.addAttribute("deliveryMethods", DeliveryMethod.values());
	}

	@GetMapping("/new")
	String form(@RequestParam(name = "agency", required = false) String agency, Model model) {
		model.addAttribute("form", new ApplyForm(agency, ApplicantType.NATURAL_PERSON, "",
				Applicant.IdType.RESIDENT_ID_CARD, "", "", "", "", "", "", "", "", DeliveryMethod.EMAIL, false, false,
				""));
		return FORM;
	}

	@PostMapping("/new")
	String submit(@ModelAttribute("form") ApplyForm form, BindingResult result,
			@RequestParam(name = "idProof", required = false) MultipartFile idProof, HttpServletRequest http,
			RedirectAttributes redirect) {
		if (form.website() != null && !form.website().isBlank()) {
			return "redirect:/requests/status";
		}
		if (!limiter.tryAcquire("apply", http)) {
			result.reject("requests.apply.tooMany");
			return FORM;
		}
		if (!form.consented()) {
			result.rejectValue("consent", "requests.apply.consentRequired");
		}
		if (!result.hasErrors()) {
			try {
				Submitted submitted = intake.submitOnline(form.agencyCode(),
						new Application(form.applicantType(), form.name(), form.idType(), form.idNumber(),
								form.phone(), form.email(), form.address(), form.creditCode(),
								form.legalRepresentative(), form.description(), form.documentNumber(),
								form.deliveryMethod(), form.wantsPaper()),
						uploads(idProof));
				redirect.addFlashAttribute("submitted", submitted);
				return "redirect:/requests/submitted";
			}
			catch (DomainException e) {
				FormErrors.reject(result, e);
			}
		}
		limiter.release("apply", http);
		return FORM;
	}

	@GetMapping("/submitted")
	String receipt(Model model) {
		return model.containsAttribute("submitted") ? RECEIPT : "redirect:/requests/status";
	}

	private static List<Upload> uploads(MultipartFile file) {
		List<Upload> uploads = new ArrayList<>();
		if (file != null && !file.isEmpty()) {
			try {
				uploads.add(new Upload("idProof", file.getOriginalFilename(), file.getBytes()));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return uploads;
	}

}
