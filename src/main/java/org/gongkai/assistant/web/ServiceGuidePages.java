package org.gongkai.assistant.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.assistant.Assistant;
import org.gongkai.assistant.AssistantQueries;
import org.gongkai.assistant.AssistantSettings;
import org.gongkai.assistant.ServiceItems;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.web.SubmissionLimiter;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The portal's 办事指南 (one page per published service item, and each agency's list), and the assistant's page,
 * which answers without JavaScript: the chat panel's form falls back to it. Its questions and hand-overs count
 * against the same per-address limits as the API's ({@code assistant-ask}, {@code assistant-handoff}): over them the
 * page says so with 429 and nothing is asked, stored or handed over.
 */
@Controller
class ServiceGuidePages {

	private final ServiceItems items;

	private final AgencyDirectory agencies;

	private final Assistant assistant;

	private final AssistantQueries queries;

	private final SubmissionLimiter limiter;

	private final AssistantSettings settings;

	ServiceGuidePages(ServiceItems items, AgencyDirectory agencies, Assistant assistant, AssistantQueries queries,
			SubmissionLimiter limiter, AssistantSettings settings) {
		this.limiter = limiter;
		this.settings = settings;
		this.items = items;
		this.agencies = agencies;
		this.assistant = assistant;
		this.queries = queries;
	}

	@GetMapping("/service-guides/{agency}")
	String list(@PathVariable String agency, Model model) {
		model.addAttribute("agency", agency(agency));
		model.addAttribute("guides", items.published(agency));
		return "portal/assistant/guides";
	}

	@GetMapping("/service-guides/{agency}/{code}")
	String guide(@PathVariable String agency, @PathVariable String code, Model model) {
		model.addAttribute("agency", agency(agency));
		model.addAttribute("guide", items.published(agency, code)
			.orElseThrow(() -> DomainException.notFound("assistant.item.notFound", code)));
		return "portal/assistant/guide";
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
				response.setStatus(org.springframework.http.HttpStatus.TOO_MANY_REQUESTS.value());
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
			assistant.handOver(agency, conversation, name, contact);
			redirect.addFlashAttribute("handedOver", true);
		}
		else {
			redirect.addFlashAttribute("handedOverTooOften", true);
		}
		redirect.addAttribute("agency", agency);
		return "redirect:/assistant";
	}

	private AgencyInfo agency(String code) {
		return agencies.findByCode(code).orElseThrow(() -> DomainException.notFound("identity.agency.notFound", code));
	}

}
