package org.gongkai.annualreport.web;

import java.util.List;

import org.gongkai.annualreport.AnnualReport;
import org.gongkai.annualreport.AnnualReports;
import org.gongkai.annualreport.ReportHtml;
import org.gongkai.platform.DomainException;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The published report on the portal, in the official layout, with its downloads; a superseded version stays
 * readable, marked as replaced by the corrected one.
 */
@Controller
class PublishedReportPages {

	static final String VIEW = "portal/annualreport/report";

	static final String LIST = "portal/annualreport/list";

	private final AnnualReports reports;

	PublishedReportPages(AnnualReports reports) {
		this.reports = reports;
	}

	/** Every year's published report of an agency, with its downloads (OGI art. 49: published by 31 January). */
	@GetMapping("/annual-reports/{code}")
	String list(@PathVariable String code, Model model) {
		var published = reports.publishedYears(code);
		model.addAttribute("agency", published.getKey());
		model.addAttribute("years", published.getValue());
		return LIST;
	}

	@GetMapping("/annual-reports/{code}/{year}")
	String show(@PathVariable String code, @PathVariable int year, @RequestParam(required = false) Integer version,
			Model model) {
		List<AnnualReport> versions = reports.versions(code, year);
		AnnualReport report = pick(versions, version, code, year);
		model.addAttribute("report", report);
		model.addAttribute("versions", versions);
		model.addAttribute("body", ReportHtml.body(report));
		return VIEW;
	}

	@GetMapping("/annual-reports/{code}/{year}/report.{format}")
	ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable int year, @PathVariable String format,
			@RequestParam(required = false) Integer version) {
		return ReportFileResponses.of(pick(reports.versions(code, year), version, code, year), format);
	}

	private static AnnualReport pick(List<AnnualReport> versions, Integer version, String code, int year) {
		return versions.stream()
			.filter(report -> version == null ? report.status() == AnnualReport.Status.PUBLISHED
					: report.version() == version)
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("annualreport.notPublished", code, year));
	}

}
