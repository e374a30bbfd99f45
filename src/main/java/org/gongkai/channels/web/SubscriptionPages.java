package org.gongkai.channels.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.channels.Subscriptions;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.web.HttpStatuses;
import org.gongkai.platform.web.SubmissionLimiter;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public's e-mail subscriptions: subscribe (a confirmation link is mailed), confirm by that link, and end a
 * subscription by the link every mail carries. The links open a page with one button, so that a mail scanner that
 * follows links changes nothing.
 */
@Controller
@RequestMapping("/subscriptions")
class SubscriptionPages {

	static final String FORM = "portal/subscriptions/subscribe";

	static final String STATE = "portal/subscriptions/state";

	private final Subscriptions subscriptions;

	private final SubmissionLimiter limiter;

	SubscriptionPages(Subscriptions subscriptions, SubmissionLimiter limiter) {
		this.subscriptions = subscriptions;
		this.limiter = limiter;
	}

	/**
	 * The form for the agency asked for (or the first that takes subscriptions), with its columns; choosing another
	 * agency reloads it by this GET, which the page's script does in place.
	 */
	@GetMapping
	String form(@RequestParam(required = false) String agency, Model model) {
		model.addAttribute("choice", subscriptions.choice(agency));
		return FORM;
	}

	@PostMapping
	String subscribe(@RequestParam(required = false) String agencyCode,
			@RequestParam(required = false) String columnCode, @RequestParam(required = false) String email,
			HttpServletRequest http, HttpServletResponse response, Model model) {
		model.addAttribute("choice", subscriptions.choice(agencyCode));
		model.addAttribute("columnCode", columnCode);
		model.addAttribute("email", email);
		if (!limiter.tryAcquire("subscription", http)) {
			model.addAttribute("refusal", "channels.subscribe.tooMany");
			return FORM;
		}
		try {
			subscriptions.subscribe(agencyCode, columnCode, email);
			model.addAttribute("step", "mailed");
			return STATE;
		}
		catch (DomainException e) {
			response.setStatus(HttpStatuses.of(e.kind()).value());
			model.addAttribute("refusal", e.messageKey());
			return FORM;
		}
	}

	@GetMapping({ "/confirm", "/unsubscribe" })
	String link(@RequestParam String token, HttpServletRequest http, Model model) {
		Subscriptions.Subscription subscription = subscriptions.find(token)
			.orElseThrow(() -> DomainException.notFound("channels.subscribe.unknown"));
		model.addAttribute("subscription", subscription);
		model.addAttribute("token", token);
		model.addAttribute("step", subscription.step(http.getRequestURI().endsWith("/confirm")));
		return STATE;
	}

	@PostMapping("/confirm")
	String confirm(@RequestParam String token, Model model) {
		model.addAttribute("subscription", subscriptions.confirm(token));
		model.addAttribute("step", "confirmed");
		return STATE;
	}

	@PostMapping("/unsubscribe")
	String unsubscribe(@RequestParam String token, Model model) {
		model.addAttribute("subscription", subscriptions.unsubscribe(token));
		model.addAttribute("step", "ended");
		return STATE;
	}

}
