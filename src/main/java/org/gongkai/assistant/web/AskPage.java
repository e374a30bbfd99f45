package org.gongkai.assistant.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.assistant.Assistant;
import org.gongkai.assistant.AssistantQueries;
import org.gongkai.assistant.AssistantSettings;
import org.gongkai.assistant.Handoffs;
import org.gongkai.assistant.WhenAssistantEnabled;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.platform.web.SubmissionLimiter;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The assistant's page, which answers without JavaScript: the chat panel's form falls back to it. Its questions and
 * hand-overs count against the same per-address limits as the API's ({@code assistant-ask},
 * {@code assistant-handoff}): over them the page says so with 429 and nothing is asked, stored or handed over.
 */
@Controller
@WhenAssistantEnabled
class AskPage {

	private final Assistant assistant;

	private final Handoffs handoffs;

	private final AssistantQueries queries;

	private final SubmissionLimiter limiter;

	private final AssistantSettings settings;

	AskPage(Assistant assistant, Handoffs handoffs, AssistantQueries queries, SubmissionLimiter limiter,
			AssistantSettings settings) {
		this.assistant = assistant;
		this.handoffs = handoffs;
		this.queries = queries;
		this.limiter = limiter;
		this.settings = settings;
	}

	/** The assistant as a plain page: a question in the query string is answered on the page. */
	@GetMapping("/assistant")
	String ask(@RequestParam(required = false) String agency, @RequestParam(required = false) String q,
			@RequestParam(required = false) String conversation, Locale locale, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		AgencyInfo asked = assistant.agency(agency);
		model.addAttribute("agency", asked);
		model.addAttribute("suggestions", queries.suggestions(asked.code()));
		model.addAttribute("q", q);
		if (q != null && !q.isBlank()) {
			if (limiter.tryAcquire("assistant-ask", request, settings.maxQuestions(), settings.questionsWindow())) {
				model.addAttribute("answer", assistant.ask(asked.code(), q, conversation, locale));
			}
			else {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				model.addAttribute("askedTooOften", true);
			}
		}
		return "portal/assistant/ask";
	}

	/** The hand-over from the plain page (with CSRF, like every form). */
	@PostMapping("/assistant/handoffs")
	String handOver(@RequestParam String agency, @RequestParam String conversation,
			@RequestParam(required = false) String name, @RequestParam(required = false) String contact,
			RedirectAttributes redirect, HttpServletRequest request) {
		if (limiter.tryAcquire("assistant-handoff", request)) {
			Handoffs.Handoff handoff = handoffs.handOver(agency, conversation, name, contact);
			redirect.addFlashAttribute("handedOver", true);
			redirect.addFlashAttribute("consultationNumber", handoff.trackingNumber());
		}
		else {
			redirect.addFlashAttribute("handedOverTooOften", true);
		}
		redirect.addAttribute("agency", agency);
		return "redirect:/assistant";
	}

}
