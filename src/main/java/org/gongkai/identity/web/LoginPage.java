package org.gongkai.identity.web;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff login page; a failed login says whether the account is locked. */
@Controller
class LoginPage {

	static final String VIEW = "admin/login";

	@GetMapping("/admin/login")
	String login(HttpSession session, Model model) {
		Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		model.addAttribute("locked", failure instanceof LockedException);
		return VIEW;
	}

}
