package org.gongkai.publishing.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.LedgerPage;
import org.gongkai.platform.LedgerQuery;
import org.gongkai.platform.web.Downloads;
import org.gongkai.platform.web.LedgerModel;
import org.gongkai.publishing.DocumentLedger;
import org.gongkai.publishing.DocumentQueries;
import org.gongkai.publishing.DocumentStatus;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The back office's ledger of documents: the query form, the page found, and its export (issue 19). */
@Controller
@RequestMapping("/admin/documents")
class DocumentLedgerPage {

	private final DocumentLedger ledger;

	private final DocumentQueries queries;

	private final MessageSource messages;

	private final Clock clock;

	DocumentLedgerPage(DocumentLedger ledger, DocumentQueries queries, MessageSource messages, Clock clock) {
		this.ledger = ledger;
		this.queries = queries;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal StaffPrincipal me, LedgerQuery query, Model model) {
		LedgerPage<DocumentLedger.Row> page = ledger.page(me.staff(), query);
		model.addAttribute("mayDraft", queries.mayDraft(me.staff()));
		model.addAttribute("documents", page.items());
		model.addAttribute("ledger", LedgerModel.of("/admin/documents", query, page, DocumentLedger.SORTING,
				"documents.")
			.withAgencies(ledger.agencies(me.staff()), AgencyInfo::code, AgencyInfo::name)
			.withStatuses(DocumentStatus.values())
			.withPerson("documents.author"));
		return DocumentPages.LIST;
	}

	/** Every document the query finds (all pages), as XLSX, in the reader's language. */
	@GetMapping("/export")
	void export(@AuthenticationPrincipal StaffPrincipal me, LedgerQuery query,
			@RequestParam(required = false) String format, Locale locale, HttpServletResponse response)
			throws IOException {
		Downloads.send(response, format, false, "documents-" + LocalDate.now(clock), messages, locale,
				List.of("documents.title", "user.agency", "documents.column", "documents.status",
						"documents.documentNumber", "documents.formedOn", "documents.author",
						"documents.indexNumber", "documents.publishedAt"),
				rows -> ledger.each(me.staff(), query, r -> rows.add(r.line().title(), r.line().agencyName(),
						r.line().columnName(),
						messages.getMessage("documents.status." + r.line().status(), null,
								r.line().status().name(), locale),
						r.documentNumber(), r.formedOn(), r.line().author(), r.line().indexNumber(),
						r.line().publishedAt())));
	}

}
