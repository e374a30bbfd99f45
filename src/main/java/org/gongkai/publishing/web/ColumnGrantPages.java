package org.gongkai.publishing.web;

import java.util.Locale;
import java.util.Set;

import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.DomainException;
import org.gongkai.publishing.ColumnGrants;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/users/{id}/columns}: 栏目授权 (issue 19), the page on which a security administrator limits an editor
 * to some columns of the agency's catalog; {@link ColumnGrants} decides and audits, as for the API.
 */
@Controller
@RequestMapping("/admin/users/{id}/columns")
@PreAuthorize("hasRole('SECURITY_ADMIN')")
class ColumnGrantPages {

	private final ColumnGrants grants;

	private final MessageSource messages;

	ColumnGrantPages(ColumnGrants grants, MessageSource messages) {
		this.grants = grants;
		this.messages = messages;
	}

	@GetMapping
	String show(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
		model.addAttribute("choice", grants.choice(me.staff(), id));
		return "admin/column-grants";
	}

	@PostMapping
	String grant(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
			@RequestParam(name = "columns", required = false) Set<String> columns, RedirectAttributes redirect,
			Locale locale) {
		try {
			redirect.addFlashAttribute("saved", grants.grant(me.staff(), id, columns == null ? Set.of() : columns));
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("refused", messages.getMessage(e.messageKey(), e.arguments(), locale));
		}
		return "redirect:/admin/users/" + id + "/columns";
	}

}
