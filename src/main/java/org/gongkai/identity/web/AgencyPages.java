package org.gongkai.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.gongkai.identity.AgencyAdministration;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyLevel;
import org.gongkai.identity.NewAgency;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.web.FormErrors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agency tree in the back office, with a form to add an agency below one the user administers. */
@Controller
@RequestMapping("/admin/agencies")
class AgencyPages {

	static final String VIEW = "admin/agencies";

	private final AgencyAdministration administration;

	private final AgencyDirectory directory;

	AgencyPages(AgencyAdministration administration, AgencyDirectory directory) {
		this.administration = administration;
		this.directory = directory;
	}

	record AgencyForm(@NotBlank String code, @NotBlank String name, String parentCode, String creditCode,
			AgencyLevel level) {
	}

	@ModelAttribute("levels")
	AgencyLevel[] levels() {
		return AgencyLevel.values();
	}

	@GetMapping
	String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		model.addAttribute("form", new AgencyForm("", "", me.staff().agencyCode(), "", AgencyLevel.BUREAU));
		return page(me, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal StaffPrincipal me, @Valid @ModelAttribute("form") AgencyForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				var created = administration.create(me.staff(),
						new NewAgency(form.code(), form.name(), form.parentCode(), form.creditCode(), form.level()));
				redirect.addFlashAttribute("created", created.name());
				return "redirect:/admin/agencies";
			}
			catch (DomainException e) {
				FormErrors.reject(result, e);
			}
		}
		return page(me, model);
	}

	private String page(StaffPrincipal me, Model model) {
		model.addAttribute("agencies", directory.readableBy(me.staff()));
		model.addAttribute("addsAgencies", me.staff().has(Role.ADMIN));
		return VIEW;
	}

}
