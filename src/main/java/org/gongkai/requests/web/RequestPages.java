package org.gongkai.requests.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.LedgerPage;
import org.gongkai.platform.LedgerQuery;
import org.gongkai.platform.web.Downloads;
import org.gongkai.platform.web.LedgerModel;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.web.FormErrors;
import org.gongkai.requests.Applicant;
import org.gongkai.requests.ApplicantContact;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.Application;
import org.gongkai.requests.Channel;
import org.gongkai.requests.DeliveryMethod;
import org.gongkai.requests.DocumentFile;
import org.gongkai.requests.Outcome;
import org.gongkai.requests.RequestAction;
import org.gongkai.requests.RequestHandling;
import org.gongkai.requests.RequestIntake;
import org.gongkai.requests.RequestLedger;
import org.gongkai.requests.RequestQueries;
import org.gongkai.requests.RequestStatus;
import org.gongkai.requests.RequestTransparency;
import org.gongkai.requests.Upload;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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

/** The officers' pages: the worklist, registering an application, one application with the actions it allows. */
@Controller
@RequestMapping("/admin/requests")
class RequestPages {

	static final String LIST = "admin/requests";

	static final String NEW = "admin/request-new";

	static final String DETAIL = "admin/request";

	private final RequestQueries queries;

	private final RequestHandling handling;

	private final RequestIntake intake;

	private final RequestTransparency transparency;

	private final java.time.Clock clock;

	private final RequestLedger ledger;

	private final MessageSource messages;

	private final ApplicantContact contact;

	RequestPages(RequestQueries queries, RequestHandling handling, RequestIntake intake,
			RequestTransparency transparency, java.time.Clock clock, RequestLedger ledger, MessageSource messages,
			ApplicantContact contact) {
		this.contact = contact;
		this.ledger = ledger;
		this.messages = messages;
		this.queries = queries;
		this.handling = handling;
		this.intake = intake;
		this.transparency = transparency;
		this.clock = clock;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("channels", Channel.values());
		model.addAttribute("applicantTypes", ApplicantType.values());
		model.addAttribute("idTypes", Applicant.IdType.values());
		model.addAttribute("deliveryMethods", DeliveryMethod.values());
		model.addAttribute("today", LocalDate.now(clock));
	}

	record RegistrationForm(String agencyCode, Channel channel,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn, ApplicantType applicantType,
			String name, Applicant.IdType idType, String idNumber, String phone, String email, String address,
			String creditCode, String legalRepresentative, String description, String documentNumber,
			DeliveryMethod deliveryMethod) {
	}

	@GetMapping
	String list(@AuthenticationPrincipal StaffPrincipal me, LedgerQuery query, Model model) {
		LedgerPage<RequestQueries.WorkItem> page = ledger.page(me.staff(), query);
		model.addAttribute("filter", query.filter() == null ? RequestQueries.Filter.OPEN
				: RequestQueries.Filter.valueOf(query.filter()));
		model.addAttribute("filters", RequestQueries.Filter.values());
		model.addAttribute("items", page.items());
		model.addAttribute("ledger", LedgerModel.of("/admin/requests", query, page, RequestLedger.SORTING,
				"requests.")
			.withAgencies(ledger.agencies(me.staff()), AgencyInfo::code, AgencyInfo::name)
			.withStatuses(RequestStatus.values())
			.withPerson("requests.assignedTo"));
		model.addAttribute("counts", queries.countsByAgency(me.staff()));
		model.addAttribute("recounted", queries.recentlyRecounted(me.staff()));
		return LIST;
	}

	/** Every application the query finds (all pages), as XLSX, in the reader's language. */
	@GetMapping("/export")
	void export(@AuthenticationPrincipal StaffPrincipal me, LedgerQuery query,
			@RequestParam(required = false) String format, Locale locale, HttpServletResponse response)
			throws IOException {
		Downloads.send(response, format, false, "requests-" + LocalDate.now(clock), messages, locale,
				List.of("requests.trackingNumber", "user.agency", "requests.applicant", "requests.description",
						"requests.status", "requests.receivedOn", "requests.dueOn", "requests.pendingDueOn",
						"requests.assignedTo"),
				rows -> ledger.each(me.staff(), query, r -> rows.add(r.trackingNumber(), r.agencyName(),
						r.applicantName(), r.description(),
						messages.getMessage("requests." + "status." + r.status(), null, r.status().name(), locale),
						r.receivedOn(), r.dueOn(), r.pendingDueOn(), r.assignedTo())));
	}

	@GetMapping("/new")
	String registration(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		model.addAttribute("form", new RegistrationForm(me.staff().agencyCode(), Channel.IN_PERSON, null,
				ApplicantType.NATURAL_PERSON, "", Applicant.IdType.RESIDENT_ID_CARD, "", "", "", "", "", "", "", "",
				DeliveryMethod.EMAIL));
		return NEW;
	}

	@PostMapping("/new")
	String register(@AuthenticationPrincipal StaffPrincipal me, @ModelAttribute("form") RegistrationForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				var created = intake.register(me.staff(), form.agencyCode(), form.channel(), form.receivedOn(),
						new Application(form.applicantType(), form.name(), form.idType(), form.idNumber(),
								form.phone(), form.email(), form.address(), form.creditCode(),
								form.legalRepresentative(), form.description(), form.documentNumber(),
								form.deliveryMethod(), false));
				redirect.addFlashAttribute("registered", created.trackingNumber());
				return "redirect:/admin/requests/" + created.id();
			}
			catch (DomainException e) {
				FormErrors.reject(result, e);
			}
		}
		return NEW;
	}

	/** The application; {@code open}: the action whose form is opened (a link to refuse an extension opens its form). */
	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
			@RequestParam(name = "open", required = false) RequestAction open, Model model) {
		if (!model.containsAttribute("actionForm")) {
			model.addAttribute("actionForm", ActionBody.EMPTY);
		}
		if (open != null && !model.containsAttribute("openAction")) {
			model.addAttribute("openAction", open);
		}
		model.addAttribute("request", queries.find(me.staff(), id));
		model.addAttribute("phoneRevealable", contact.revealable(me.staff(), id));
		model.addAttribute("timeline", queries.timeline(me.staff(), id));
		model.addAttribute("deadline", transparency.deadline(me.staff(), id));
		model.addAttribute("documents", queries.documents(me.staff(), id));
		model.addAttribute("others", queries.sameApplicant(me.staff(), id));
		model.addAttribute("similar", queries.similar(me.staff(), id));
		model.addAttribute("notes", queries.notes(me.staff(), id));
		model.addAttribute("outcomes", java.util.Arrays.stream(Outcome.values())
			.filter(o -> o != Outcome.OTHER_NO_CLARIFICATION && o != Outcome.OTHER_FEE_UNPAID && o != Outcome.OTHER)
			.toList());
		model.addAttribute("legalBases", org.gongkai.requests.LegalBasis.values());
		model.addAttribute("providedFiles", queries.documents(me.staff(), id)
			.stream()
			.filter(d -> "PROVIDED".equals(d.kind()))
			.count());
		return DETAIL;
	}

	@PostMapping("/{id}/actions")
	String act(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
			@ModelAttribute("actionForm") ActionBody form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			if (form.action() == org.gongkai.requests.RequestAction.REPLY && !form.isConfirmed()) {
				model.addAttribute("preview", handling.preview(me.staff(), id, form.command()).orElseThrow());
				model.addAttribute("openAction", form.action());
				return detail(me, id, null, model);
			}
			handling.act(me.staff(), id, form.command());
			redirect.addFlashAttribute("done", form.action());
			return "redirect:/admin/requests/" + id;
		}
		catch (DomainException e) {
			FormErrors.reject(result, e);
			model.addAttribute("failedAction", form.action());
			model.addAttribute("openAction", form.action());
			return detail(me, id, null, model);
		}
	}

	/** The applicant's phone number in full, on the page, for this view only; the reveal is audited. */
	@PostMapping("/{id}/phone")
	String revealPhone(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
		model.addAttribute("revealedPhone", contact.revealPhone(me.staff(), id));
		return detail(me, id, null, model);
	}

	@PostMapping("/{id}/assignment")
	String assign(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam String username) {
		handling.assign(me.staff(), id, username);
		return "redirect:/admin/requests/" + id;
	}

	@PostMapping("/{id}/notes")
	String note(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam String body) {
		handling.addNote(me.staff(), id, body);
		return "redirect:/admin/requests/" + id;
	}

	@PostMapping("/{id}/attachments")
	String attach(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
			@RequestParam("file") org.springframework.web.multipart.MultipartFile file,
			@RequestParam(defaultValue = "false") boolean clarification, RedirectAttributes redirect)
			throws java.io.IOException {
		try {
			handling.attach(me.staff(), id, new Upload("file", file.getOriginalFilename(), file.getBytes()),
					clarification);
			redirect.addFlashAttribute("attached", file.getOriginalFilename());
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("attachmentError", e.messageKey());
		}
		return "redirect:/admin/requests/" + id;
	}

	@GetMapping("/{id}/documents/{document}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
			@PathVariable long document) {
		DocumentFile file = queries.file(me.staff(), id, document);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, file.contentType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.bytes());
	}

}
