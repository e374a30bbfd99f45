package org.gongkai.admin.web;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
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

	private final AgencyDirectory agencies;

	AdminShell(AgencyDirectory agencies) {
		this.agencies = agencies;
	}

	/** What the layout shows of the signed-in user: their name and their agency's name (not its code). */
	record Me(String username, String displayName, String agencyCode, String agencyName) {
	}

	@ModelAttribute("me")
	Me me(@AuthenticationPrincipal Object principal) {
		if (principal instanceof StaffPrincipal staff) {
			String code = staff.staff().agencyCode();
			String name = agencies.find(staff.staff().agencyId()).map(AgencyInfo::name).orElse(code);
			return new Me(staff.getUsername(), staff.displayName(), code, name);
		}
		return null;
	}

	@ModelAttribute("navigation")
	Navigation navigation(@AuthenticationPrincipal Object principal) {
		return principal instanceof StaffPrincipal staff ? Navigation.of(staff.staff()) : null;
	}

}
