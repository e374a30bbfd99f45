package org.gongkai.identity.web;

import java.net.URI;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.gongkai.identity.AccountAction;
import org.gongkai.identity.AccountAdministration;
import org.gongkai.identity.NewStaffAccount;
import org.gongkai.identity.Role;
import org.gongkai.identity.RoleGrants;
import org.gongkai.identity.StaffAccount;
import org.gongkai.identity.StaffAccounts;
import org.gongkai.identity.StaffPrincipal;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/users}: staff accounts, opened by an ADMIN for the agencies they administer. */
@RestController
@RequestMapping("/api/v1/users")
class UserApi {

	private final StaffAccounts accounts;

	private final AccountAdministration administration;

	private final RoleGrants grants;

	UserApi(StaffAccounts accounts, AccountAdministration administration, RoleGrants grants) {
		this.grants = grants;
		this.accounts = accounts;
		this.administration = administration;
	}

	record ActionRequest(AccountAction action, String password) {
	}

	record UserRequest(@NotBlank String username, @NotBlank String password, @NotBlank String agencyCode,
			@NotEmpty Set<Role> roles, String displayName) {
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<StaffAccount> create(@AuthenticationPrincipal StaffPrincipal me,
			@Valid @RequestBody UserRequest body) {
		StaffAccount created = accounts.create(me.staff(), new NewStaffAccount(body.username(), body.displayName(),
				body.password(), body.agencyCode(), body.roles()));
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
	}

	/** Disables, enables, resets the password of, or revokes every API token of another account. */
	@PostMapping("/{id}/actions")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECURITY_ADMIN')")
	StaffAccount act(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
			@RequestBody ActionRequest body) {
		return administration.act(me.staff(), id, body.action(), body.password());
	}

	record RolesRequest(Set<Role> roles) {
	}

	/** Sets the roles of another account (a SECURITY_ADMIN of its agency or one above; 三员分立). */
	@PostMapping("/{id}/roles")
	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	StaffAccount grant(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
			@RequestBody RolesRequest body) {
		return grants.grant(me.staff(), id, body.roles());
	}

	@GetMapping
	List<StaffAccount> list(@AuthenticationPrincipal StaffPrincipal me) {
		return accounts.readableBy(me.staff());
	}

}
