package org.gongkai.annualreport.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.gongkai.annualreport.AdministrativeFigures;
import org.gongkai.annualreport.AdministrativeStatistics;
import org.gongkai.annualreport.StatisticsWorkbook;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.Beijing;
import org.gongkai.platform.DomainException;

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
 * The administrative statistics of table 二 (licensing, penalty, enforcement, fees in 万元): the last years on one
 * form, and the same as a spreadsheet template to download, fill and upload.
 */
@Controller
@RequestMapping("/admin/annual-reports/statistics")
class StatisticsPages {

	static final String VIEW = "admin/annualreport/statistics";

	private final AdministrativeStatistics statistics;

	private final Clock clock;

	StatisticsPages(AdministrativeStatistics statistics, Clock clock) {
		this.statistics = statistics;
		this.clock = clock;
	}

	@GetMapping
	String show(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		model.addAttribute("years", years(me));
		return VIEW;
	}

	@PostMapping
	String save(@AuthenticationPrincipal StaffPrincipal me, @RequestParam int year,
			@RequestParam(required = false) Long licensing, @RequestParam(required = false) Long penalty,
			@RequestParam(required = false) Long enforcement, @RequestParam(required = false) String feesWanYuan,
			RedirectAttributes redirect) {
		try {
			statistics.record(me.staff(), me.staff().agencyCode(), List.of(new AdministrativeFigures(year,
					orZero(licensing), orZero(penalty), orZero(enforcement), money(feesWanYuan))));
			redirect.addFlashAttribute("saved", year);
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("refusal", e.messageKey());
			redirect.addFlashAttribute("refusalArguments", e.arguments());
		}
		return "redirect:/admin/annual-reports/statistics";
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> template(@AuthenticationPrincipal StaffPrincipal me) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"administrative-statistics.xlsx\"")
			.body(StatisticsWorkbook.template(years(me)));
	}

	@PostMapping("/upload")
	String upload(@AuthenticationPrincipal StaffPrincipal me, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try {
			List<AdministrativeFigures> years = StatisticsWorkbook.read(file.getInputStream());
			statistics.record(me.staff(), me.staff().agencyCode(), years);
			redirect.addFlashAttribute("uploaded", years.size());
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("refusal", e.messageKey());
			redirect.addFlashAttribute("refusalArguments", e.arguments());
		}
		return "redirect:/admin/annual-reports/statistics";
	}

	private List<AdministrativeFigures> years(StaffPrincipal me) {
		int last = LocalDate.now(clock.withZone(Beijing.ZONE)).getYear();
		return IntStream.rangeClosed(last - 4, last)
			.map(year -> last - 4 + last - year)
			.mapToObj(year -> statistics.of(me.staff().agencyId(), year))
			.toList();
	}

	private static long orZero(Long value) {
		return value == null ? 0 : value;
	}

	private static BigDecimal money(String text) {
		try {
			return text == null || text.isBlank() ? BigDecimal.ZERO : new BigDecimal(text.strip());
		}
		catch (NumberFormatException e) {
			throw DomainException.invalid("feesWanYuan", "annualreport.statistics.fees");
		}
	}

}
