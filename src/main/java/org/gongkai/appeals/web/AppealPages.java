package org.gongkai.appeals.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.appeals.AppealLedger;
import org.gongkai.appeals.AppealStatus;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.platform.LedgerPage;
import org.gongkai.platform.LedgerQuery;
import org.gongkai.platform.web.Downloads;
import org.gongkai.platform.web.LedgerModel;
import org.springframework.context.MessageSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.gongkai.appeals.AppealDocument;
import org.gongkai.appeals.AppealDocuments;
import org.gongkai.appeals.AppealKind;
import org.gongkai.appeals.AppealResult;
import org.gongkai.appeals.Appeals;
import org.gongkai.appeals.NewAppeal;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.web.FormErrors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agency's reconsideration and litigation cases: the list, registering a case, recording its decision, and one
 * case's page with its documents (upload and download).
 */
@Controller
@RequestMapping("/admin/appeals")
class AppealPages {

	static final String VIEW = "admin/appeals/list";

	static final String CASE = "admin/appeals/case";

	private final Appeals appeals;

	private final AppealDocuments documents;

	private final AppealLedger ledger;

	private final MessageSource messages;

	private final Clock clock;

	AppealPages(Appeals appeals, AppealDocuments documents, AppealLedger ledger, MessageSource messages,
			Clock clock) {
		this.appeals = appeals;
		this.documents = documents;
		this.ledger = ledger;
		this.messages = messages;
		this.clock = clock;
	}

	/** The registration form; dates arrive as ISO text from {@code <input type=date>}. */
	record AppealForm(AppealKind kind, String body, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate filedOn,
			String requestTrackingNumber, String documents) {
	}

	@GetMapping
	String list(@AuthenticationPrincipal StaffPrincipal me, LedgerQuery query, Model model) {
		model.addAttribute("form", new AppealForm(AppealKind.RECONSIDERATION, null, null, null, null));
		return show(me, query, model);
	}

	/** Every case the query finds (all pages), as XLSX, in the reader's language. */
	@GetMapping("/export")
	void export(@AuthenticationPrincipal StaffPrincipal me, LedgerQuery query,
			@RequestParam(required = false) String format, Locale locale, HttpServletResponse response)
			throws IOException {
		Downloads.send(response, format, false, "appeals-" + LocalDate.now(clock), messages, locale,
				List.of("appeals.kind", "user.agency", "appeals.body", "appeals.filedOn", "appeals.request",
						"appeals.documents", "appeals.result", "appeals.decidedOn"),
				rows -> ledger.each(me.staff(), query, r -> rows.add(
						messages.getMessage("appeals." + "kind." + r.appeal().kind(), null, locale), r.agencyName(),
						r.appeal().body(), r.appeal().filedOn(), r.appeal().requestTrackingNumber(),
						r.appeal().documents(),
						r.appeal().result() == null ? messages.getMessage("appeals.pending", null, locale)
								: messages.getMessage("appeals." + "result." + r.appeal().result(), null, locale),
						r.appeal().decidedOn())));
	}

	@PostMapping
	String register(@AuthenticationPrincipal StaffPrincipal me, @ModelAttribute("form") AppealForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			appeals.register(me.staff(), me.staff().agencyCode(), new NewAppeal(form.kind(), form.body(),
					form.filedOn(), form.requestTrackingNumber(), form.documents()));
			redirect.addFlashAttribute("registered", true);
			return "redirect:/admin/appeals";
		}
		catch (DomainException e) {
			FormErrors.reject(result, e);
			return show(me, LedgerQuery.NONE, model);
		}
	}

	@PostMapping("/{id}/decision")
	String decide(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
			@RequestParam(required = false) AppealResult result, RedirectAttributes redirect) {
		try {
			appeals.decide(me.staff(), me.staff().agencyCode(), id, decidedOn, result);
			redirect.addFlashAttribute("decided", true);
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("refusal", e.messageKey());
		}
		return "redirect:/admin/appeals";
	}

	@GetMapping("/{id}")
	String showCase(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
		model.addAttribute("appeal", appeals.find(me.staff(), id));
		model.addAttribute("documents", documents.of(me.staff(), id));
		return CASE;
	}

	@PostMapping("/{id}/documents")
	String upload(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try {
			documents.add(me.staff(), id, file.getOriginalFilename(), file.getBytes());
			redirect.addFlashAttribute("uploaded", file.getOriginalFilename());
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("refusal", e.messageKey());
			redirect.addFlashAttribute("refusalArguments", e.arguments());
		}
		return "redirect:/admin/appeals/" + id;
	}

	@GetMapping("/{id}/documents/{document}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
			@PathVariable long document) {
		AppealDocument.Content content = documents.content(me.staff(), id, document);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.document().type().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(content.document().fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(content.bytes());
	}

	private String show(StaffPrincipal me, LedgerQuery query, Model model) {
		LedgerPage<AppealLedger.Row> page = ledger.page(me.staff(), query);
		model.addAttribute("rows", page.items());
		model.addAttribute("ledger", LedgerModel.of("/admin/appeals", query, page, AppealLedger.SORTING, "appeals.")
			.withAgencies(ledger.agencies(me.staff()), AgencyInfo::code, AgencyInfo::name)
			.withStatuses(AppealStatus.values()));
		model.addAttribute("kinds", AppealKind.values());
		model.addAttribute("results", AppealResult.values());
		return VIEW;
	}

}
