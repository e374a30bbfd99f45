package org.gongkai.requests.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.InvalidInput;
import org.gongkai.platform.web.FormErrors;
import org.gongkai.platform.web.SubmissionLimiter;
import org.gongkai.requests.Applicant;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.Application;
import org.gongkai.requests.DeliveryMethod;
import org.gongkai.requests.RequestIntake;
import org.gongkai.requests.Submitted;
import org.gongkai.requests.Upload;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
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

	private final MessageSource messages;

	ApplyPages(RequestIntake intake, AgencyDirectory agencies, SubmissionLimiter limiter, MessageSource messages) {
		this.intake = intake;
		this.agencies = agencies;
		this.limiter = limiter;
		this.messages = messages;
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
		model.addAttribute("maxUploadBytes", Upload.MAX_BYTES);
		model.addAttribute("maxUploadMegabytes", Upload.MAX_BYTES / 1024 / 1024);
		model.addAttribute("agencies", agencies.all());
		model.addAttribute("applicantTypes", ApplicantType.values());
		model.addAttribute("idTypes", Applicant.IdType.values());
		model.addAttribute("deliveryMethods", DeliveryMethod.values());
	}

	/**
	 * The form, empty; after a file over the container's upload limit (which cut the request off before the form could
	 * be read, see ApplyUploadLimit) with that file refused beside its field.
	 */
	@GetMapping("/new")
	String form(@RequestParam(name = "agency", required = false) String agency,
			@RequestParam(name = "fileTooLarge", required = false) String fileTooLarge, Model model, Locale locale) {
		model.addAttribute("form", blank(agency));
		if (fileTooLarge != null) {
			BindingResult result = new org.springframework.validation.BeanPropertyBindingResult(blank(agency), "form");
			result.addError(new FieldError("form", "idProof", null, false,
					new String[] { "requests.upload.tooLarge" }, new Object[] { Upload.MAX_BYTES / 1024 / 1024 },
					"requests.upload.tooLarge"));
			return refused(result, model, locale);
		}
		return FORM;
	}

	private static ApplyForm blank(String agency) {
		return new ApplyForm(agency, ApplicantType.NATURAL_PERSON, "", Applicant.IdType.RESIDENT_ID_CARD, "", "", "", "",
				"", "", "", "", DeliveryMethod.EMAIL, false, false, "");
	}

	/**
	 * Checks everything at once (the fields, the consent and the file) so that the form comes back with every problem
	 * listed; only an application that is accepted counts against the per-address limit.
	 */
	@PostMapping("/new")
	String submit(@ModelAttribute("form") ApplyForm form, BindingResult result,
			@RequestParam(name = "idProof", required = false) MultipartFile idProof, HttpServletRequest http,
			RedirectAttributes redirect, Model model, Locale locale) {
		if (form.website() != null && !form.website().isBlank()) {
			return "redirect:/requests/status";
		}
		if (!limiter.tryAcquire("apply", http)) {
			result.reject("requests.apply.tooMany");
			return refused(result, model, locale);
		}
		List<Upload> uploads = uploads(idProof);
		Application application = new Application(form.applicantType(), form.name(), form.idType(), form.idNumber(),
				form.phone(), form.email(), form.address(), form.creditCode(), form.legalRepresentative(),
				form.description(), form.documentNumber(), form.deliveryMethod(), form.wantsPaper());
		try {
			intake.checkOnline(application, uploads);
		}
		catch (DomainException e) {
			reject(result, e);
		}
		if (form.agencyCode() == null || form.agencyCode().isBlank()) {
			result.rejectValue("agencyCode", "apply.agency.required");
		}
		if (!form.consented()) {
			result.rejectValue("consent", "requests.apply.consentRequired");
		}
		if (!result.hasErrors()) {
			try {
				Submitted submitted = intake.submitOnline(form.agencyCode(), application, uploads);
				redirect.addFlashAttribute("submitted", submitted);
				return "redirect:/requests/submitted";
			}
			catch (DomainException e) {
				reject(result, e);
			}
		}
		limiter.release("apply", http);
		return refused(result, model, locale);
	}

	/** The form again, with the summary of its problems at the top and the file's beside the file input. */
	private String refused(BindingResult result, Model model, Locale locale) {
		model.addAttribute("errorSummary", ErrorSummary.of(result, messages, locale));
		model.addAttribute("idProofErrors", result.getFieldErrors("idProof")
			.stream()
			.map(error -> messages.getMessage(error, locale))
			.toList());
		return FORM;
	}

	/** Puts each problem beside its field; the file's, which is no bound field, beside the file input. */
	private static void reject(BindingResult result, DomainException e) {
		List<InvalidInput.Violation> violations = e instanceof InvalidInput invalid ? invalid.violations()
				: List.of(new InvalidInput.Violation(e.field(), e.messageKey(), e.arguments()));
		for (InvalidInput.Violation violation : violations) {
			if ("idProof".equals(violation.field())) {
				result.addError(new FieldError(result.getObjectName(), "idProof", null, false,
						new String[] { violation.messageKey() }, violation.arguments(), violation.messageKey()));
			}
			else {
				FormErrors.reject(result,
						DomainException.invalid(violation.field(), violation.messageKey(), violation.arguments()));
			}
		}
	}

	/** The 申请表 for a paper application, with the fields of this form. */
	@GetMapping("/form.docx")
	ResponseEntity<byte[]> paperForm(Locale locale) {
		return ResponseEntity.ok()
			.contentType(MediaType
				.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("政府信息公开申请表.docx", java.nio.charset.StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(PaperForm.docx(messages, locale));
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
