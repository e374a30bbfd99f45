package org.gongkai.publishing.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.Beijing;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.web.FormErrors;
import org.gongkai.publishing.CatalogColumn;
import org.gongkai.publishing.ColumnGrants;
import org.gongkai.publishing.DisclosureMethod;
import org.gongkai.publishing.DocumentAction;
import org.gongkai.publishing.PublishingDictionaries;
import org.gongkai.publishing.DocumentCommand;
import org.gongkai.publishing.DocumentDesk;
import org.gongkai.publishing.DocumentQueries;
import org.gongkai.publishing.Draft;
import org.gongkai.publishing.InterpretationForm;
import org.gongkai.publishing.Topic;
import org.gongkai.publishing.Validity;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors write and submit documents; reviewers see the confidentiality findings inline and publish. */
@Controller
@RequestMapping("/admin/documents")
class DocumentPages {

	static final String LIST = "admin/documents";

	static final String EDIT = "admin/document";

	private final DocumentDesk desk;

	private final DocumentQueries queries;

	private final ColumnGrants grants;

	private final PublishingDictionaries dictionaries;

	DocumentPages(DocumentDesk desk, DocumentQueries queries, ColumnGrants grants,
			PublishingDictionaries dictionaries) {
		this.desk = desk;
		this.queries = queries;
		this.grants = grants;
		this.dictionaries = dictionaries;
	}

	record DraftForm(String columnCode, String title, String body, String summary, String keywords, String genre,
			String publisher, String documentNumber, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate writtenOn,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate formedOn, Validity validity, Topic topic,
			DisclosureMethod disclosureMethod, java.util.List<String> carriers) {

		Draft draft() {
			return new Draft(columnCode, title, body, summary, keywords, genre, publisher, documentNumber, writtenOn,
					formedOn, validity, topic, disclosureMethod, carriers);
		}

		/** Whether the form has the carrier ticked. */
		public boolean carries(String carrier) {
			return carriers != null && carriers.contains(carrier);
		}

	}

	@ModelAttribute
	void choices(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		if (me != null) {
			model.addAttribute("mayDraft", queries.mayDraft(me.staff()));
			// 栏目授权: only the columns the editor may draft in or move a document to
			model.addAttribute("columns", grants.writable(me.staff()));
			model.addAttribute("validities", Validity.values());
			model.addAttribute("topics", Topic.values());
			model.addAttribute("disclosureMethods", DisclosureMethod.values());
			model.addAttribute("interpretationForms", InterpretationForm.values());
			model.addAttribute("genres", dictionaries.genres());
			model.addAttribute("carrierChoices", dictionaries.carriers());
		}
	}

	@GetMapping("/new")
	String create(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		java.util.List<CatalogColumn> columns = grants.writable(me.staff());
		String column = columns.isEmpty() || columns.stream().anyMatch(c -> c.code().equals("news")) ? "news"
				: columns.get(0).code();
		model.addAttribute("form", new DraftForm(column, "", "", "", "", "", "", "", null, null, Validity.VALID, null,
				DisclosureMethod.PROACTIVE, java.util.List.of(PublishingDictionaries.PORTAL_CARRIER)));
		return EDIT;
	}

	/**
	 * A new draft, with the files chosen on the same form attached to it after it is saved; a file refused (its type,
	 * its size) leaves the draft saved and says why on its page.
	 */
	@PostMapping("/new")
	String save(@AuthenticationPrincipal StaffPrincipal me, @ModelAttribute("form") DraftForm form,
			BindingResult result, @RequestParam(name = "files", required = false) java.util.List<MultipartFile> files,
			RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		long id;
		try {
			id = desk.create(me.staff(), me.staff().agencyCode(), form.draft());
		}
		catch (DomainException e) {
			FormErrors.reject(result, e);
			refused(response, e);
			return EDIT;
		}
		redirect.addFlashAttribute("saved", true);
		for (MultipartFile file : files == null ? java.util.List.<MultipartFile>of() : files) {
			if (!file.isEmpty()) {
				byte[] content = file.getBytes();
				refusing(redirect, id, () -> desk.attach(me.staff(), id, file.getOriginalFilename(), content));
			}
		}
		return "redirect:/admin/documents/" + id;
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
		var document = queries.find(me.staff(), id);
		model.addAttribute("document", document);
		// a carrier since taken off the dictionary stays on offer for the documents that have it
		java.util.List<String> choices = new java.util.ArrayList<>(dictionaries.carriers());
		document.carriers().stream().filter(c -> !choices.contains(c)).forEach(choices::add);
		model.addAttribute("carrierChoices", choices);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new DraftForm(document.columnCode(), document.title(), document.bodyHtml(),
					document.summary(), document.keywords(), document.genre(), document.publisher(),
					document.documentNumber(), document.writtenOn(), document.formedOn(), document.validity(),
					document.topic(), document.disclosureMethod(), document.carriers()));
		}
		return EDIT;
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
			@ModelAttribute("form") DraftForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			desk.update(me.staff(), id, form.draft());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/documents/" + id;
		}
		catch (DomainException e) {
			FormErrors.reject(result, e);
			refused(response, e);
			return show(me, id, model);
		}
	}

	@PostMapping("/{id}/interpretation")
	String interpret(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam String policy,
			@RequestParam(required = false) InterpretationForm form, RedirectAttributes redirect) {
		return refusing(redirect, id, () -> desk.interpret(me.staff(), id, policy, form));
	}

	@PostMapping("/{id}/attachments")
	String attach(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		byte[] content = file.getBytes();
		return refusing(redirect, id, () -> desk.attach(me.staff(), id, file.getOriginalFilename(), content));
	}

	@PostMapping("/{id}/attachments/{attachment}/remove")
	String detach(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @PathVariable long attachment,
			RedirectAttributes redirect) {
		return refusing(redirect, id, () -> desk.detach(me.staff(), id, attachment));
	}

	/** Runs a step on the document and returns to it, with the refusal shown if the step was refused. */
	private static String refusing(RedirectAttributes redirect, long id, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("saved", true);
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("refusal", e.messageKey());
			redirect.addFlashAttribute("refusalArguments", e.arguments());
		}
		return "redirect:/admin/documents/" + id;
	}

	/**
	 * The review form: the action, a text (comment, reason for publishing over findings, reason for withdrawal) and
	 * a set time, bound to the step's own command.
	 */
	record ReviewForm(DocumentAction action, String text,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime at) {

		DocumentCommand command() {
			return DocumentCommand.of(action, text, at == null ? null : at.atZone(Beijing.ZONE).toInstant());
		}

	}

	@PostMapping("/{id}/review")
	String review(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, ReviewForm form,
			RedirectAttributes redirect) {
		try {
			DocumentCommand command = form.command();
			desk.review(me.staff(), id, command);
			redirect.addFlashAttribute("reviewed", command.action().name().toLowerCase(java.util.Locale.ROOT));
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("refusal", e.messageKey());
			redirect.addFlashAttribute("refusalArguments", e.arguments());
		}
		return "redirect:/admin/documents/" + id;
	}

	/** A draft refused for its input (a missing title, a body over the limit) comes back with its errors as 400. */
	private static void refused(HttpServletResponse response, DomainException e) {
		if (e.kind() == DomainException.Kind.INVALID) {
			response.setStatus(400);
		}
	}

}
