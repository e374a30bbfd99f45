package org.gongkai.annualreport.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.gongkai.annualreport.CellRecords;
import org.gongkai.annualreport.CellWorkbook;
import org.gongkai.annualreport.ReportCells;
import org.gongkai.identity.StaffPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One figure of a report opened to the records it counts, with its counting rule, and the list as XLSX; the way
 * back is the report it came from.
 */
@Controller
@RequestMapping("/admin/annual-reports/{year}/cell")
class CellPages {

	static final String VIEW = "admin/annualreport/cell";

	private final ReportCells cells;

	private final MessageSource messages;

	CellPages(ReportCells cells, MessageSource messages) {
		this.cells = cells;
		this.messages = messages;
	}

	@GetMapping
	String show(@AuthenticationPrincipal StaffPrincipal me, @PathVariable int year, @RequestParam String agency,
			@RequestParam String code, Model model) {
		model.addAttribute("cell", cells.records(me.staff(), agency, year, code));
		return VIEW;
	}

	@GetMapping("/records.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal StaffPrincipal me, @PathVariable int year,
			@RequestParam String agency, @RequestParam String code, Locale locale) {
		CellRecords cell = cells.records(me.staff(), agency, year, code);
		byte[] body = CellWorkbook.of(cell, key -> messages.getMessage(key, null, key, locale));
		String name = cell.agencyCode() + "-" + year + "-" + code.replace('/', '-') + ".xlsx";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

}
