package org.gongkai.assistant.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.assistant.ServiceGuide;
import org.gongkai.assistant.ServiceItemLedger;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.platform.LedgerPage;
import org.gongkai.platform.LedgerQuery;
import org.gongkai.platform.web.Downloads;
import org.gongkai.platform.web.LedgerModel;
import org.springframework.context.MessageSource;
import org.gongkai.assistant.ServiceItemWorkbook;
import org.gongkai.assistant.ServiceItems;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.InvalidInput;
import org.gongkai.platform.web.FormErrors;

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

/** The back office's service items (办事指南): the list of the agencies one may read, and the edit form. */
@Controller
@RequestMapping("/admin/service-items")
class ServiceItemPages {

	static final String LIST = "admin/assistant/service-items";

	static final String EDIT = "admin/assistant/service-item";

	private final ServiceItems items;

	private final AgencyDirectory agencies;

	private final ServiceItemLedger ledger;

	private final MessageSource messages;

	private final Clock clock;

	ServiceItemPages(ServiceItems items, AgencyDirectory agencies, ServiceItemLedger ledger, MessageSource messages,
			Clock clock) {
		this.items = items;
		this.agencies = agencies;
		this.ledger = ledger;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal StaffPrincipal me, LedgerQuery query, Model model) {
		LedgerPage<ServiceGuide> page = ledger.page(me.staff(), query);
		model.addAttribute("items", page.items());
		model.addAttribute("ledger", LedgerModel.of("/admin/service-items", query, page, ServiceItemLedger.SORTING,
				"assistant." + "items.")
			.withAgencies(ledger.agencies(me.staff()), AgencyInfo::code, AgencyInfo::name)
			.withStatuses(ServiceItemLedger.Status.values())
			.withPerson("assistant.items.updatedBy"));
		model.addAttribute("agencies", agencies.readableBy(me.staff()));
		return LIST;
	}

	/** Every item the query finds (all pages), as XLSX, in the reader's language. */
	@GetMapping("/export")
	void export(@AuthenticationPrincipal StaffPrincipal me, LedgerQuery query,
			@RequestParam(required = false) String format, Locale locale, HttpServletResponse response)
			throws IOException {
		Downloads.send(response, format, false, "service-items-" + LocalDate.now(clock), messages, locale,
				List.of("assistant.item.name", "assistant.item.code", "assistant.items.agency",
						"assistant.item.department", "assistant.items.status", "assistant.items.updatedAt"),
				rows -> ledger.each(me.staff(), query, g -> rows.add(g.item().name(), g.item().code(),
						g.agencyName(), g.item().department(),
						messages.getMessage(g.published() ? "assistant.items.published" : "assistant.items.unpublished",
								null, locale),
						g.updatedAt())));
	}

	/** An XLSX workbook of items, all or nothing like the JSON import; the errors are listed above the list. */
	@PostMapping("/imports")
	String importWorkbook(@AuthenticationPrincipal StaffPrincipal me, @RequestParam String agency,
			@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect) {
		try (var in = file.getInputStream()) {
			ServiceItems.ImportResult result = items.importItems(me.staff(), agency, ServiceItemWorkbook.read(in));
			redirect.addFlashAttribute("imported", result);
			return "redirect:/admin/service-items";
		}
		catch (DomainException e) {
			model.addAttribute("importErrors", e instanceof InvalidInput invalid ? invalid.violations()
					: java.util.List.of(new InvalidInput.Violation(e.field(), e.messageKey(), e.arguments())));
			return list(me, LedgerQuery.NONE, model);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@GetMapping("/new")
	String create(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		model.addAttribute("form", ServiceItemForm.empty(me.staff().agencyCode()));
		return edit(me, model, true);
	}

	/**
	 * An item's form; with {@code alias}, a question from the log of questions added to its 常用说法, for staff to
	 * check and save.
	 */
	@GetMapping("/{agency}/{code}")
	String show(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String agency, @PathVariable String code,
			@RequestParam(required = false) String alias, Model model) {
		ServiceItemForm form = ServiceItemForm.of(items.find(me.staff(), agency, code));
		ServiceItemForm drafted = form.withAlias(alias);
		model.addAttribute("form", drafted);
		model.addAttribute("aliasAdded", drafted == form ? null : ServiceItemForm.oneLine(alias));
		return edit(me, model, false);
	}

	@PostMapping
	String save(@AuthenticationPrincipal StaffPrincipal me, @ModelAttribute("form") ServiceItemForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			items.save(me.staff(), form.agency(), form.item(), Boolean.TRUE.equals(form.published()));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/service-items/" + form.agency() + "/" + form.code().strip();
		}
		catch (DomainException e) {
			FormErrors.reject(result, e);
			return edit(me, model, true);
		}
	}

	private String edit(StaffPrincipal me, Model model, boolean isNew) {
		model.addAttribute("agencies", agencies.readableBy(me.staff()));
		model.addAttribute("isNew", isNew);
		return EDIT;
	}

}
