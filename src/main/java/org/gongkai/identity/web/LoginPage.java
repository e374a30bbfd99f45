package org.gongkai.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff login page. A failed login says the same whatever the reason (a wrong password, a locked account, too
 * many failures from the address), so that the page does not tell which accounts are locked (issue 22).
 */
@Controller
class LoginPage {

	static final String VIEW = "admin/login";

	@GetMapping("/admin/login")
	String login() {
		return VIEW;
	}

}
