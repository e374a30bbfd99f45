package org.gongkai.admin.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.audit.AuditEntry;
import org.gongkai.audit.AuditLedger;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRetention;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.LedgerPage;
import org.gongkai.platform.LedgerQuery;
import org.gongkai.platform.web.Downloads;
import org.gongkai.platform.web.LedgerModel;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log in the back office: the operation log, and the login log (its preset {@code filter=logins}), with
 * the shared query form (agency, action, actor, dates, text), paging, XLSX and CSV export (issue 19), and a button
 * that verifies the chain. Only an AUDITOR reads it (三员分立, issue 19; the system administrator does not): an
 * agency's auditor reads the entries of their agency and those below it; the root agency's auditor reads every
 * entry, platform-wide ones included (issue 22). It lives in the admin
 * shell because the audit module, which every module's events feed, cannot depend on identity's scoping.
 */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('AUDITOR')")
class AuditTrailPages {

	static final String VIEW = "admin/audit";

	static final String VERIFICATION = "admin/audit :: verification";

	private final AuditLog log;

	private final AuditLedger ledger;

	private final AuditRetention retention;

	private final AgencyDirectory agencies;

	private final MessageSource messages;

	private final Clock clock;

	AuditTrailPages(AuditLog log, AuditLedger ledger, AuditRetention retention, AgencyDirectory agencies,
			MessageSource messages, Clock clock) {
		this.log = log;
		this.ledger = ledger;
		this.retention = retention;
		this.agencies = agencies;
		this.messages = messages;
		this.clock = clock;
	}

	/** One entry as the page shows it: the agency by its name and the action by its label. */
	record Line(AuditEntry entry, String agencyName, String actionLabel) {
	}

	@GetMapping
	String list(@AuthenticationPrincipal StaffPrincipal me, LedgerQuery query, Model model, Locale locale) {
		LedgerPage<AuditEntry> page = ledger.page(query, readable(me.staff()));
		java.util.Map<String, String> names = new java.util.HashMap<>();
		model.addAttribute("entries", page.items()
			.stream()
			.map(e -> new Line(e,
					e.agencyCode() == null ? ""
							: names.computeIfAbsent(e.agencyCode(),
									code -> agencies.findByCode(code).map(AgencyInfo::name).orElse(code)),
					AuditActionLabels.label(messages, e.action(), locale)))
			.toList());
		model.addAttribute("logins", AuditLedger.LOGINS.equals(query.filter()));
		model.addAttribute("retentionDays", retention.days());
		model.addAttribute("ledger", LedgerModel.of("/admin/audit", query, page, AuditLedger.SORTING, "audit.")
			.withAgencies(agencies.scopeOf(me.staff()).agencies(), AgencyInfo::code, AgencyInfo::name)
			.withStatusTexts(ledger.actions(query.filter()), code -> AuditActionLabels.label(messages, code, locale))
			.withPerson("audit.actor")
			.withCsv());
		return VIEW;
	}

	/** Every entry the query finds (all pages), as XLSX or CSV. */
	@GetMapping("/export")
	void export(@AuthenticationPrincipal StaffPrincipal me, LedgerQuery query,
			@RequestParam(required = false) String format, Locale locale, HttpServletResponse response)
			throws IOException {
		String name = (AuditLedger.LOGINS.equals(query.filter()) ? "login-log-" : "audit-log-") + LocalDate.now(clock);
		Downloads.send(response, format, true, name, messages, locale,
				List.of("audit.id", "audit.time", "audit.actor", "audit.agency", "audit.action", "audit.subject",
						"audit.summary"),
				rows -> ledger.each(query, readable(me.staff()), e -> rows.add(e.id(), e.occurredAt(), e.actor(),
						e.agencyCode(), e.action(), e.subject(), e.summary())));
	}

	/** With htmx only the result replaces the button; without JavaScript the whole page comes back with it. */
	@PostMapping("/verify")
	String verify(@AuthenticationPrincipal StaffPrincipal me,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
		model.addAttribute("verification", log.verify());
		return htmx != null ? VERIFICATION : list(me, LedgerQuery.NONE, model, locale);
	}

	/** The agencies whose entries the reader may read; null: every entry. */
	private Collection<String> readable(Staff reader) {
		return reader.isPlatformAuditor() ? null : agencies.scopeOf(reader).codes();
	}

}
