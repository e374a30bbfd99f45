package org.gongkai.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.gongkai.identity.ApiTokens;
import org.gongkai.identity.StaffAccounts;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.web.FormErrors;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: password change and personal API tokens. */
@Controller
@RequestMapping("/admin/account")
class AccountPages {

	static final String VIEW = "admin/account";

	private final StaffAccounts accounts;

	private final ApiTokens tokens;

	private final UserDetailsService directory;

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	AccountPages(StaffAccounts accounts, ApiTokens tokens, UserDetailsService directory) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.directory = directory;
	}

	record PasswordForm(@NotBlank String currentPassword, @NotBlank String newPassword) {
	}

	record TokenForm(@NotBlank String name) {
	}

	@GetMapping
	String show(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		model.addAttribute("passwordForm", new PasswordForm("", ""));
		model.addAttribute("tokenForm", new TokenForm(""));
		return page(me, model);
	}

	@PostMapping("/password")
	String changePassword(@AuthenticationPrincipal StaffPrincipal me,
			@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				accounts.changePassword(me.staff(), form.currentPassword(), form.newPassword());
				keepThisSession(me, request, response);
				redirect.addFlashAttribute("passwordChanged", true);
				return "redirect:/admin/account";
			}
			catch (DomainException e) {
				FormErrors.reject(result, e);
			}
		}
		model.addAttribute("tokenForm", new TokenForm(""));
		return page(me, model);
	}

	@PostMapping("/tokens")
	String issue(@AuthenticationPrincipal StaffPrincipal me, @Valid @ModelAttribute("tokenForm") TokenForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				redirect.addFlashAttribute("issued", tokens.issue(me.staff(), form.name()));
				return "redirect:/admin/account";
			}
			catch (DomainException e) {
				FormErrors.reject(result, e);
			}
		}
		model.addAttribute("passwordForm", new PasswordForm("", ""));
		return page(me, model);
	}

	@PostMapping("/tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
		tokens.revoke(me.staff(), id);
		return "redirect:/admin/account";
	}

	/** The other sessions end with the change; this one goes on, proving the new password. */
	private void keepThisSession(StaffPrincipal me, HttpServletRequest request, HttpServletResponse response) {
		StaffPrincipal renewed = (StaffPrincipal) directory.loadUserByUsername(me.getUsername());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(renewed, null, renewed.getAuthorities()));
		SecurityContextHolder.setContext(context);
		sessions.saveContext(context, request, response);
	}

	private String page(StaffPrincipal me, Model model) {
		model.addAttribute("passwordChangeDue", me.passwordChangeDue());
		model.addAttribute("tokens", tokens.of(me.staff()));
		return VIEW;
	}

}
