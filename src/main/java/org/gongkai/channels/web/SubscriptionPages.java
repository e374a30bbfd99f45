package org.gongkai.channels.web;

import jakarta.servlet.http.HttpServletRequest;

import org.gongkai.channels.Subscriptions;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.platform.DomainException;
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

	private final AgencyDirectory agencies;

	private final SubmissionLimiter limiter;

	SubscriptionPages(Subscriptions subscriptions, AgencyDirectory agencies, SubmissionLimiter limiter) {
		this.subscriptions = subscriptions;
		this.agencies = agencies;
		this.limiter = limiter;
	}

	@GetMapping
	String form(@RequestParam(required = false) String agency, Model model) {
		model.addAttribute("agencies", agencies.all().stream().filter(subscriptions::open).toList());
		model.addAttribute("agency", agency);
		return FORM;
	}

	@PostMapping
	String subscribe(@RequestParam String agencyCode, @RequestParam(required = false) String columnCode,
			@RequestParam String email, HttpServletRequest http, Model model) {
		model.addAttribute("agencies", agencies.all().stream().filter(subscriptions::open).toList());
		model.addAttribute("agency", agencyCode);
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
