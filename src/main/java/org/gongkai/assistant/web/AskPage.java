package org.gongkai.assistant.web;

import java.util.Locale;

import org.gongkai.assistant.Assistant;
import org.gongkai.assistant.AssistantQueries;
import org.gongkai.assistant.WhenAssistantEnabled;
import org.gongkai.identity.AgencyInfo;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The assistant's page, which answers without JavaScript: the chat panel's form falls back to it. */
@Controller
@WhenAssistantEnabled
class AskPage {

	private final Assistant assistant;

	private final AssistantQueries queries;

	AskPage(Assistant assistant, AssistantQueries queries) {
		this.assistant = assistant;
		this.queries = queries;
	}

	/** The assistant as a plain page: a question in the query string is answered on the page. */
	@GetMapping("/assistant")
	String ask(@RequestParam(required = false) String agency, @RequestParam(required = false) String q,
			@RequestParam(required = false) String conversation, Locale locale, Model model) {
		AgencyInfo asked = assistant.agency(agency);
		model.addAttribute("agency", asked);
		model.addAttribute("suggestions", queries.suggestions(asked.code()));
		model.addAttribute("q", q);
		if (q != null && !q.isBlank()) {
			model.addAttribute("answer", assistant.ask(asked.code(), q, conversation, locale));
		}
		return "portal/assistant/ask";
	}

	/** The hand-over from the plain page (with CSRF, like every form). */
	@PostMapping("/assistant/handoffs")
	String handOver(@RequestParam String agency, @RequestParam String conversation,
			@RequestParam(required = false) String name, @RequestParam(required = false) String contact,
			RedirectAttributes redirect) {
		assistant.handOver(agency, conversation, name, contact);
		redirect.addFlashAttribute("handedOver", true);
		redirect.addAttribute("agency", agency);
		return "redirect:/assistant";
	}

}
