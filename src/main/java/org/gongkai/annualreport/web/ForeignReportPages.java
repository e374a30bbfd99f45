package org.gongkai.annualreport.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.gongkai.annualreport.ForeignReport;
import org.gongkai.annualreport.ForeignReports;
import org.gongkai.annualreport.ReportHtml;
import org.gongkai.annualreport.TypedFigures;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.InvalidInput;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A supervising office loads a report published elsewhere by typing the numbers of its PDF into the official tables,
 * sees the same checks as on its own agencies' drafts, and finds its earlier loads again.
 */
@Controller
@RequestMapping("/admin/annual-reports/foreign")
@PreAuthorize("hasRole('SUPERVISOR')")
class ForeignReportPages {

	static final String FORM = "admin/annualreport/foreign";

	static final String REPORT = "admin/annualreport/foreign-report";

	private final ForeignReports reports;

	ForeignReportPages(ForeignReports reports) {
		this.reports = reports;
	}

	@GetMapping
	String form(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		return show(me, model, new LinkedHashMap<>(), Map.of());
	}

	@PostMapping
	String record(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String agencyName,
			@RequestParam(required = false) Integer year,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedOn,
			@RequestParam Map<String, String> typed, Model model) {
		try {
			ForeignReport report = reports.record(me.staff(),
					new ForeignReports.Typed(agencyName, year, publishedOn, typed));
			return "redirect:/admin/annual-reports/foreign/" + report.id();
		}
		catch (InvalidInput e) {
			Map<String, InvalidInput.Violation> errors = new LinkedHashMap<>();
			e.violations().forEach(v -> errors.putIfAbsent(v.field(), v));
			return show(me, model, typed, errors);
		}
	}

	@GetMapping("/{id}")
	String report(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
		ForeignReport report = reports.find(me.staff(), id);
		model.addAttribute("report", report);
		model.addAttribute("tables", ReportHtml.tables(report.figures()));
		return REPORT;
	}

	private String show(StaffPrincipal me, Model model, Map<String, String> typed,
			Map<String, InvalidInput.Violation> errors) {
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		model.addAttribute("layout", TypedFigures.layout());
		model.addAttribute("agencyNames", reports.agencyNames(me.staff()));
		model.addAttribute("recorded", reports.recorded(me.staff()));
		return FORM;
	}

}
