package org.gongkai.annualreport.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;
import org.gongkai.annualreport.HistoryDocument;
import org.gongkai.annualreport.HistoryImport;
import org.gongkai.annualreport.HistoryWorkbook;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.DomainException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The history import from a workbook (one sheet per array of annual-report.md §6): upload, a preview with the number
 * of records of each kind and every bad one named, then applying it — all of it or nothing.
 */
@Controller
@RequestMapping("/admin/annual-reports/imports")
class ImportPages {

	static final String VIEW = "admin/annualreport/import";

	private static final String PENDING = "pendingHistoryImport";

	private final HistoryImport history;

	private final MessageSource messages;

	ImportPages(HistoryImport history, MessageSource messages) {
		this.history = history;
		this.messages = messages;
	}

	@GetMapping
	String show() {
		return VIEW;
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> template() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"history-import.xlsx\"")
			.body(HistoryWorkbook.template());
	}

	@PostMapping("/preview")
	String preview(@RequestParam("file") MultipartFile file, HttpSession session, Model model, Locale locale)
			throws IOException {
		try {
			HistoryDocument document = HistoryWorkbook.read(file.getInputStream());
			List<HistoryDocument.Problem> problems = history.check(document);
			model.addAttribute("document", document);
			model.addAttribute("problems", ReportApi.ImportProblems.describe(problems, messages, locale));
			if (problems.isEmpty()) {
				session.setAttribute(PENDING, document);
			}
		}
		catch (DomainException e) {
			model.addAttribute("refusal", e.messageKey());
			model.addAttribute("refusalArguments", e.arguments());
		}
		return VIEW;
	}

	@PostMapping("/apply")
	String apply(@AuthenticationPrincipal StaffPrincipal me, HttpSession session, RedirectAttributes redirect) {
		HistoryDocument document = (HistoryDocument) session.getAttribute(PENDING);
		if (document == null) {
			redirect.addFlashAttribute("refusal", "annualreport.import.nothingPending");
			redirect.addFlashAttribute("refusalArguments", new Object[0]);
			return "redirect:/admin/annual-reports/imports";
		}
		try {
			redirect.addFlashAttribute("added", history.apply(me.staff(), me.staff().agencyCode(), document));
			session.removeAttribute(PENDING);
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("refusal", e.messageKey());
			redirect.addFlashAttribute("refusalArguments", e.arguments());
		}
		return "redirect:/admin/annual-reports/imports";
	}

}
