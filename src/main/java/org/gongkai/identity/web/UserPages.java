package org.gongkai.identity.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.gongkai.identity.AccountAction;
import org.gongkai.identity.AccountAdministration;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.NewStaffAccount;
import org.gongkai.identity.Role;
import org.gongkai.identity.RoleGrants;
import org.gongkai.identity.StaffAccount;
import org.gongkai.identity.StaffAccounts;
import org.gongkai.identity.StaffLedger;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.LedgerPage;
import org.gongkai.platform.LedgerQuery;
import org.gongkai.platform.web.Downloads;
import org.gongkai.platform.web.LedgerModel;
import org.gongkai.platform.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
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

/**
 * Staff accounts of the agencies an ADMIN administers; a SECURITY_ADMIN sets their roles here (三员分立, issue 19).
 */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasAnyRole('ADMIN', 'SECURITY_ADMIN', 'SUPERVISOR')")
class UserPages {

	static final String VIEW = "admin/users";

	private final StaffAccounts accounts;

	private final AgencyDirectory agencies;

	private final AccountAdministration administration;

	private final MessageSource messages;

	private final StaffLedger ledger;

	private final Clock clock;

	private final RoleGrants grants;

	UserPages(StaffAccounts accounts, AgencyDirectory agencies, AccountAdministration administration,
			MessageSource messages, StaffLedger ledger, Clock clock, RoleGrants grants) {
		this.grants = grants;
		this.messages = messages;
		this.ledger = ledger;
		this.clock = clock;
		this.accounts = accounts;
		this.agencies = agencies;
		this.administration = administration;
	}

	/** What the reader may do to one account: the buttons, and whether a new password may be set. */
	record Actions(List<AccountAction> buttons, boolean resetsPassword) {
	}

	record UserForm(@NotBlank String username, String displayName, @NotBlank String password,
			@NotBlank String agencyCode, @NotEmpty Set<Role> roles) {
	}

	/** The roles a system administrator gives a new account. */
	@ModelAttribute("allRoles")
	Set<Role> roles() {
		return StaffAccounts.CREATABLE_BY_ADMIN;
	}

	/** Every role, for the security administrator's grants. */
	@ModelAttribute("grantableRoles")
	Role[] grantableRoles() {
		return Role.values();
	}

	@GetMapping
	String list(@AuthenticationPrincipal StaffPrincipal me, LedgerQuery query, Model model) {
		model.addAttribute("form", new UserForm("", "", "", me.staff().agencyCode(), Set.of()));
		return page(me, query, model);
	}

	/** Every account the query finds (all pages), as XLSX, in the reader's language. */
	@GetMapping("/export")
	void export(@AuthenticationPrincipal StaffPrincipal me, LedgerQuery query,
			@RequestParam(required = false) String format, Locale locale, HttpServletResponse response)
			throws IOException {
		Downloads.send(response, format, false, "users-" + LocalDate.now(clock), messages, locale,
				List.of("user.username", "user.displayName", "user.agency", "user.roles", "user.state"),
				rows -> ledger.each(me.staff(), query, u -> rows.add(u.username(), u.displayName(), u.agencyName(),
						String.join("、", u.roles().stream()
							.map(r -> messages.getMessage("role." + r, null, r.name(), locale))
							.toList()),
						messages.getMessage(u.enabled() ? "user.active" : "user.disabled", null, locale))));
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
		return page(me, LedgerQuery.NONE, model);
	}

	/** Disables, enables, resets or revokes the tokens of another staff member's account. */
	@PostMapping("/{id}/actions")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECURITY_ADMIN')")
	String act(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam AccountAction action,
			@RequestParam(required = false) String password, RedirectAttributes redirect, Locale locale) {
		try {
			StaffAccount account = administration.act(me.staff(), id, action, password);
			redirect.addFlashAttribute("acted", account.username());
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("refused", messages.getMessage(e.messageKey(), e.arguments(), locale));
		}
		return "redirect:/admin/users";
	}

	/** A security administrator sets the roles of another staff member's account. */
	@PostMapping("/{id}/roles")
	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	String grant(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
			@RequestParam(name = "roles", required = false) Set<Role> roles, RedirectAttributes redirect,
			Locale locale) {
		try {
			StaffAccount account = grants.grant(me.staff(), id, roles);
			redirect.addFlashAttribute("acted", account.username());
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("refused", messages.getMessage(e.messageKey(), e.arguments(), locale));
		}
		return "redirect:/admin/users";
	}

	private String page(StaffPrincipal me, LedgerQuery query, Model model) {
		LedgerPage<StaffAccount> found = ledger.page(me.staff(), query);
		List<StaffAccount> users = found.items();
		model.addAttribute("ledger", LedgerModel.of("/admin/users", query, found, StaffLedger.SORTING, "users.")
			.withAgencies(ledger.agencies(me.staff()), AgencyInfo::code, AgencyInfo::name)
			.withStatuses(StaffLedger.State.values())
			.withPerson("users.role", "role.", Role.values()));
		Map<Long, Actions> actions = new HashMap<>();
		for (StaffAccount user : users) {
			List<AccountAction> allowed = administration.allowed(me.staff(), user);
			actions.put(user.id(), new Actions(
					allowed.stream().filter(action -> action != AccountAction.RESET_PASSWORD).toList(),
					allowed.contains(AccountAction.RESET_PASSWORD)));
		}
		model.addAttribute("accountActions", actions);
		Map<Long, Boolean> grantsRoles = new HashMap<>();
		for (StaffAccount user : users) {
			grantsRoles.put(user.id(), grants.grants(me.staff(), user));
		}
		model.addAttribute("grantsRoles", grantsRoles);
		model.addAttribute("users", users);
		model.addAttribute("agencies", agencies.readableBy(me.staff()));
		model.addAttribute("opensAccounts", me.staff().has(Role.ADMIN));
		return VIEW;
	}

}
