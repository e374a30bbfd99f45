package org.gongkai.admin.web;

import org.gongkai.identity.StaffPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in staff member in every back-office page's model, for the layout's header, and the sections
 * their roles open, for its navigation.
 */
@ControllerAdvice
class AdminShell {

	/** What the layout shows of the signed-in user. */
	record Me(String username, String displayName, String agencyCode) {
	}

	@ModelAttribute("me")
	Me me(@AuthenticationPrincipal Object principal) {
		if (principal instanceof StaffPrincipal staff) {
			return new Me(staff.getUsername(), staff.displayName(), staff.staff().agencyCode());
		}
		return null;
	}

	@ModelAttribute("navigation")
	Navigation navigation(@AuthenticationPrincipal Object principal) {
		return principal instanceof StaffPrincipal staff ? Navigation.of(staff.staff()) : null;
	}

}
