package org.gongkai.requests.web;

import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.web.FormErrors;
import org.gongkai.requests.LetterSettings;
import org.gongkai.requests.RequestLetterSettings;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An agency's reply letter settings: the names and paragraphs it adapts; the statutory wording stays fixed. */
@Controller
@RequestMapping("/admin/requests/letter-settings")
class LetterSettingsPages {

	static final String VIEW = "admin/request-letter-settings";

	private final RequestLetterSettings settings;

	LetterSettingsPages(RequestLetterSettings settings) {
		this.settings = settings;
	}

	record SettingsForm(String reconsiderationBody, String court, String contactPerson, String contactPhone,
			String closingParagraph) {
	}

	@GetMapping
	String show(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String agency,
			Model model) {
		RequestLetterSettings.Editable editable = settings.of(me.staff(), code(me, agency));
		model.addAttribute("editable", editable);
		if (!model.containsAttribute("form")) {
			LetterSettings s = editable.settings();
			model.addAttribute("form", new SettingsForm(s.reconsiderationBody(), s.court(), s.contactPerson(),
					s.contactPhone(), s.closingParagraph()));
		}
		return VIEW;
	}

	@PostMapping
	String save(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String agency,
			@ModelAttribute("form") SettingsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			LetterSettings saved = settings.save(me.staff(), code(me, agency),
					new LetterSettings(form.reconsiderationBody(), form.court(), form.contactPerson(),
							form.contactPhone(), form.closingParagraph(), 0, null, null));
			redirect.addFlashAttribute("savedVersion", saved.version());
			return "redirect:/admin/requests/letter-settings?agency=" + code(me, agency);
		}
		catch (DomainException e) {
			FormErrors.reject(result, e);
			return show(me, agency, model);
		}
	}

	private static String code(StaffPrincipal me, String agency) {
		return agency == null || agency.isBlank() ? me.staff().agencyCode() : agency;
	}

}
