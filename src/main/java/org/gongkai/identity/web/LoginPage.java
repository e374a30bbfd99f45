package org.gongkai.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.gongkai.identity.LoginChallenges;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff login page. A failed login says the same whatever the reason (a wrong password, a login refused
 * unevaluated), so that the page does not tell the one from the other (issue 22). After repeated failures for the
 * name last tried, or from the address, the page carries a proof-of-work challenge that its script answers, and says
 * how long to wait without JavaScript (issue 19: no lock-out).
 */
@Controller
class LoginPage {

	static final String VIEW = "admin/login";

	/** The session attribute holding the user name of the last failed login. */
	static final String LAST_USERNAME = LoginPage.class.getName() + ".username";

	private final LoginChallenges challenges;

	LoginPage(LoginChallenges challenges) {
		this.challenges = challenges;
	}

	@GetMapping("/admin/login")
	String login(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		Object username = session == null ? null : session.getAttribute(LAST_USERNAME);
		if (username instanceof String name && request.getParameter("error") != null) {
			model.addAttribute("username", name);
			challenges.required(name, request.getRemoteAddr())
				.ifPresent(challenge -> model.addAttribute("challenge", challenge));
		}
		return VIEW;
	}

}
