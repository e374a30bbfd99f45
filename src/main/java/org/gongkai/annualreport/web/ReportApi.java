package org.gongkai.annualreport.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongkai.annualreport.AnnualReports;
import org.gongkai.annualreport.HistoryDocument;
import org.gongkai.annualreport.HistoryImport;
import org.gongkai.identity.StaffPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1}: an agency's annual report in the JSON of annual-report.md §5 (draft numbers until published), and
 * the history import of §6.
 */
@RestController
class ReportApi {

	private final AnnualReports reports;

	private final HistoryImport history;

	private final MessageSource messages;

	ReportApi(AnnualReports reports, HistoryImport history, MessageSource messages) {
		this.reports = reports;
		this.history = history;
		this.messages = messages;
	}

	@GetMapping("/api/v1/agencies/{code}/annual-reports/{year}")
	Map<String, Object> report(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String code,
			@PathVariable int year) {
		return reports.json(reports.current(me.staff(), code, year));
	}

	@PostMapping("/api/v1/agencies/{code}/imports")
	Map<String, Object> importHistory(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String code,
			@RequestBody HistoryDocument document) {
		return Map.of("added", history.apply(me.staff(), code, document));
	}

	/** Every bad record by array and index, in the caller's language; nothing was applied. */
	@ExceptionHandler(HistoryImport.HistoryRejected.class)
	ProblemDetail rejected(HistoryImport.HistoryRejected e) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.getMessage("annualreport.import.rejected", new Object[] { e.problems().size() }, locale));
		problem.setProperty("errors", ImportProblems.describe(e.problems(), messages, locale));
		return problem;
	}

	/** The problems as the API and the admin page show them. */
	static final class ImportProblems {

		private ImportProblems() {
		}

		static List<Map<String, Object>> describe(List<HistoryDocument.Problem> problems, MessageSource messages,
				Locale locale) {
			return problems.stream()
				.map(p -> Map.<String, Object>of("array", p.array(), "index", p.index(), "field", p.field(), "message",
						messages.getMessage(p.messageKey(), p.arguments().toArray(), locale)))
				.toList();
		}

	}

}
