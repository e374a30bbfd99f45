package org.gongkai.assistant.web;

import java.util.Locale;

import org.gongkai.assistant.Assistant;
import org.gongkai.assistant.AssistantQueries;
import org.gongkai.assistant.ServiceItems;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.platform.DomainException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The portal's 办事指南 (one page per published service item, and each agency's list), and the assistant's page,
 * which answers without JavaScript: the chat panel's form falls back to it.
 */
@Controller
class ServiceGuidePages {

	private final ServiceItems items;

	private final AgencyDirectory agencies;

	private final Assistant assistant;

	private final AssistantQueries queries;

	ServiceGuidePages(ServiceItems items, AgencyDirectory agencies, Assistant assistant, AssistantQueries queries) {
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

	private AgencyInfo agency(String code) {
		return agencies.findByCode(code).orElseThrow(() -> DomainException.notFound("identity.agency.notFound", code));
	}

}
