package org.gongkai.assistant.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.assistant.AssistantLedger;
import org.gongkai.assistant.AssistantQueries;
import org.gongkai.assistant.KnowledgeIndexer;
import org.gongkai.assistant.ServiceItems;
import org.gongkai.dictionaries.Dictionaries;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.LedgerPage;
import org.gongkai.platform.LedgerQuery;
import org.gongkai.platform.web.Downloads;
import org.gongkai.platform.web.LedgerModel;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
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

	private final AssistantLedger ledger;

	private final MessageSource messages;

	private final Clock clock;

	/** None while the assistant is off: the questions asked before stay readable, there is no index to rebuild. */
	private final ObjectProvider<KnowledgeIndexer> indexer;

	private final ServiceItems items;

	AssistantPages(AssistantQueries queries, AssistantLedger ledger, MessageSource messages, Clock clock,
			ObjectProvider<KnowledgeIndexer> indexer, ServiceItems items) {
		this.queries = queries;
		this.ledger = ledger;
		this.messages = messages;
		this.clock = clock;
		this.indexer = indexer;
		this.items = items;
	}

	@GetMapping("/admin/assistant")
	String questions(@AuthenticationPrincipal StaffPrincipal me, LedgerQuery query, Model model) {
		LedgerPage<AssistantQueries.Asked> page = ledger.questions(me.staff(), query);
		model.addAttribute("filter", query.filter() == null ? AssistantQueries.Filter.ALL
				: AssistantQueries.Filter.valueOf(query.filter()));
		model.addAttribute("filters", AssistantQueries.Filter.values());
		model.addAttribute("summary", queries.summary(me.staff()));
		model.addAttribute("questions", page.items());
		model.addAttribute("ledger", LedgerModel.of("/admin/assistant", query, page, AssistantLedger.QUESTIONS,
				"assistant." + "questions.")
			.withAgencies(ledger.agencies(me.staff()), AgencyInfo::code, AgencyInfo::name)
			.withStatuses("assistant." + "questions.filter.", AssistantQueries.Filter.UNANSWERED,
					AssistantQueries.Filter.RATED_DOWN, AssistantQueries.Filter.RATED_UP));
		model.addAttribute("rebuildsIndex", indexer.getIfAvailable() != null && KnowledgeIndexer.mayRebuild(me.staff()));
		// a question answered wrongly or not at all teaches the assistant: as a 常用说法 of the item found closest
		// (for those who may change that agency's items), or as another department's matter in the remits table
		model.addAttribute("teaches", Dictionaries.mayEdit(me.staff()));
		model.addAttribute("teachesItem", teachesItem(me, page.items()));
		return "admin/assistant/questions";
	}

	/** The questions whose item the reader may add the question to as a 常用说法. */
	private Set<Long> teachesItem(StaffPrincipal me, List<AssistantQueries.Asked> asked) {
		Map<String, Boolean> edits = new HashMap<>();
		return asked.stream()
			.filter(q -> q.item() != null
					&& edits.computeIfAbsent(q.item()[0], agency -> items.mayEdit(me.staff(), agency)))
			.map(AssistantQueries.Asked::id)
			.collect(Collectors.toSet());
	}

	/** Every question the query finds (all pages), as XLSX or CSV, in the reader's language. */
	@GetMapping("/admin/assistant/export")
	void exportQuestions(@AuthenticationPrincipal StaffPrincipal me, LedgerQuery query,
			@RequestParam(required = false) String format, Locale locale, HttpServletResponse response)
			throws IOException {
		Downloads.send(response, format, false, "assistant-questions-" + LocalDate.now(clock), messages, locale,
				List.of("assistant.questions.askedAt", "assistant.items.agency", "assistant.questions.question",
						"assistant.questions.source", "assistant.questions.score", "assistant.questions.feedback",
						"assistant.questions.latency"),
				rows -> ledger.eachQuestion(me.staff(), query, q -> rows.add(q.askedAt(), q.agencyName(),
						q.question(), q.answered() ? q.topTitle() : null, (double) q.score(), q.feedback(),
						q.latencyMs())));
	}

	/** The questions handed over to staff. */
	@GetMapping("/admin/assistant/handoffs")
	String handoffs(@AuthenticationPrincipal StaffPrincipal me, LedgerQuery query, Model model) {
		LedgerPage<AssistantQueries.Handoff> page = ledger.handoffs(me.staff(), query);
		model.addAttribute("handoffs", page.items());
		model.addAttribute("ledger", LedgerModel.of("/admin/assistant/handoffs", query, page,
				AssistantLedger.HANDOFFS, "assistant." + "handoffs.")
			.withAgencies(ledger.agencies(me.staff()), AgencyInfo::code, AgencyInfo::name));
		return "admin/assistant/handoffs";
	}

	/** Every hand-over the query finds, as XLSX; the contacts masked. */
	@GetMapping("/admin/assistant/handoffs/export")
	void exportHandoffs(@AuthenticationPrincipal StaffPrincipal me, LedgerQuery query,
			@RequestParam(required = false) String format, Locale locale, HttpServletResponse response)
			throws IOException {
		Downloads.send(response, format, false, "assistant-handoffs-" + LocalDate.now(clock), messages, locale,
				List.of("assistant.questions.askedAt", "assistant.items.agency", "assistant.questions.question",
						"assistant.handoff.name", "assistant.handoff.contact", "assistant.handoff.consultation"),
				rows -> ledger.eachHandoff(me.staff(), query, h -> rows.add(h.createdAt(), h.agencyName(),
						h.question(), h.name(), h.contact(), h.consultation())));
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
