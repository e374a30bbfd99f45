package org.gongkai.assistant.web;

import org.gongkai.assistant.AssistantQueries;
import org.gongkai.assistant.KnowledgeIndexer;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.DomainException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office's view of the assistant: the questions asked (all, unanswered, rated down or up) and those handed
 * over to staff, to see what the knowledge base lacks.
 */
@Controller
class AssistantPages {

	private final AssistantQueries queries;

	/** None while the assistant is off: the questions asked before stay readable, there is no index to rebuild. */
	private final ObjectProvider<KnowledgeIndexer> indexer;

	AssistantPages(AssistantQueries queries, ObjectProvider<KnowledgeIndexer> indexer) {
		this.queries = queries;
		this.indexer = indexer;
	}

	@GetMapping("/admin/assistant")
	String questions(@AuthenticationPrincipal StaffPrincipal me,
			@RequestParam(defaultValue = "ALL") AssistantQueries.Filter filter, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("filters", AssistantQueries.Filter.values());
		model.addAttribute("summary", queries.summary(me.staff()));
		model.addAttribute("questions", queries.questions(me.staff(), filter));
		model.addAttribute("handoffs", queries.handoffs(me.staff()));
		model.addAttribute("rebuildsIndex", indexer.getIfAvailable() != null && KnowledgeIndexer.mayRebuild(me.staff()));
		return "admin/assistant/questions";
	}

	/** Rebuilds the knowledge index from the database (administrators). */
	@PostMapping("/admin/assistant/index")
	String rebuild(@AuthenticationPrincipal StaffPrincipal me, RedirectAttributes redirect) {
		KnowledgeIndexer on = indexer.getIfAvailable();
		if (on == null) {
			throw DomainException.notFound("assistant.index.off", "assistant");
		}
		redirect.addFlashAttribute("rebuilt", on.rebuild(me.staff()));
		return "redirect:/admin/assistant";
	}

}
