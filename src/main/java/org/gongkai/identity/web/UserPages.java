package org.gongkai.identity.web;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.NewStaffAccount;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffAccounts;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.web.FormErrors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff accounts of the agencies an ADMIN administers. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
class UserPages {

	static final String VIEW = "admin/users";

	private final StaffAccounts accounts;

	private final AgencyDirectory agencies;

	UserPages(StaffAccounts accounts, AgencyDirectory agencies) {
		this.accounts = accounts;
		this.agencies = agencies;
	}

	record UserForm(@NotBlank String username, String displayName, @NotBlank String password,
			@NotBlank String agencyCode, @NotEmpty Set<Role> roles) {
	}

	@ModelAttribute("allRoles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		model.addAttribute("form", new UserForm("", "", "", me.staff().agencyCode(), Set.of()));
		return page(me, model);
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	String create(@AuthenticationPrincipal StaffPrincipal me, @Valid @ModelAttribute("form") UserForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				accounts.create(me.staff(), new NewStaffAccount(form.username(), form.displayName(), form.password(),
						form.agencyCode(), form.roles()));
				redirect.addFlashAttribute("created", form.username());
				return "redirect:/admin/users";
			}
			catch (DomainException e) {
				FormErrors.reject(result, e);
			}
		}
		return page(me, model);
	}

	private String page(StaffPrincipal me, Model model) {
		model.addAttribute("users", accounts.readableBy(me.staff()));
		model.addAttribute("agencies", agencies.readableBy(me.staff()));
		model.addAttribute("opensAccounts", me.staff().has(Role.ADMIN));
		return VIEW;
	}

}
