package org.gongkai.annualreport.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.gongkai.annualreport.AnnualReport;
import org.gongkai.annualreport.AnnualReports;
import org.gongkai.annualreport.Check;
import org.gongkai.annualreport.ForeignReports;
import org.gongkai.annualreport.Narrative;
import org.gongkai.annualreport.ReportAction;
import org.gongkai.annualreport.ReportComments;
import org.gongkai.annualreport.ReportHtml;
import org.gongkai.annualreport.Supervision;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.Beijing;
import org.gongkai.platform.DomainException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The annual report in the back office: the years and the agencies below (for a supervising office), the draft with
 * its narrative, a live preview in the official layout and the checks beside it, publishing, and the downloads.
 */
@Controller
@RequestMapping("/admin/annual-reports")
class ReportPages {

	static final String LIST = "admin/annualreport/list";

	static final String EDIT = "admin/annualreport/edit";

	static final String PREVIEW = "admin/annualreport/edit :: preview";

	private final AnnualReports reports;

	private final Supervision supervision;

	private final ReportComments comments;

	private final Clock clock;

	ReportPages(AnnualReports reports, Supervision supervision, ReportComments comments, Clock clock) {
		this.reports = reports;
		this.supervision = supervision;
		this.comments = comments;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) Integer year,
			Model model) {
		int shown = year != null ? year : LocalDate.now(clock.withZone(Beijing.ZONE)).getYear() - 1;
		model.addAttribute("year", shown);
		Supervision.Board board = supervision.board(me.staff(), shown);
		model.addAttribute("board", board);
		model.addAttribute("sumTables", ReportHtml.tables(board.sumBelow()));
		model.addAttribute("recordsForeign", ForeignReports.mayRecord(me.staff()));
		return LIST;
	}

	/** A report published elsewhere (its JSON, or numbers typed from a PDF into it), run through the same checks. */
	@PostMapping("/check")
	String checkForeign(@AuthenticationPrincipal StaffPrincipal me, @RequestParam int year, @RequestParam String json,
			Model model) {
		try {
			model.addAttribute("foreignChecks", supervision.check(json, LocalDate.now(clock.withZone(Beijing.ZONE))));
		}
		catch (DomainException e) {
			model.addAttribute("foreignRefusal", e.messageKey());
			model.addAttribute("foreignRefusalArguments", e.arguments());
		}
		catch (RuntimeException e) {
			model.addAttribute("foreignRefusal", "annualreport.json.unreadable");
			model.addAttribute("foreignRefusalArguments", new Object[0]);
		}
		model.addAttribute("json", json);
		return list(me, year, model);
	}

	@GetMapping("/{year}")
	String edit(@AuthenticationPrincipal StaffPrincipal me, @PathVariable int year,
			@RequestParam(required = false) String agency, Model model) {
		String code = agency != null ? agency : me.staff().agencyCode();
		AnnualReport draft = reports.draft(me.staff(), code, year);
		return show(model, me.staff(), draft, draft.narrative().withChinesePlaceholders(), code);
	}

	@PostMapping("/{year}/narrative")
	String save(@AuthenticationPrincipal StaffPrincipal me, @PathVariable int year, @RequestParam String agency,
			@ModelAttribute("form") Narrative form, @RequestParam(defaultValue = "save") String action, Model model,
			RedirectAttributes redirect) {
		if ("preview".equals(action)) {
			return show(model, me.staff(), reports.preview(me.staff(), agency, year, form), form, agency);
		}
		try {
			reports.saveNarrative(me.staff(), agency, year, form);
			redirect.addFlashAttribute("saved", true);
		}
		catch (DomainException e) {
			refuse(e, redirect);
		}
		return "redirect:/admin/annual-reports/" + year + "?agency=" + agency;
	}

	/** The live preview (htmx): the report and its checks with the narrative as typed, not saved. */
	@PostMapping("/{year}/preview")
	String preview(@AuthenticationPrincipal StaffPrincipal me, @PathVariable int year, @RequestParam String agency,
			@ModelAttribute("form") Narrative form, Model model) {
		show(model, me.staff(), reports.preview(me.staff(), agency, year, form), form, agency);
		return PREVIEW;
	}

	/**
	 * Publishing takes two steps, as a reply letter does: the first asks to confirm (the report goes public and stays
	 * so; a mistake is answered by a corrected version), the second, {@code confirmed}, publishes.
	 */
	@PostMapping("/{year}/publish")
	String publish(@AuthenticationPrincipal StaffPrincipal me, @PathVariable int year, @RequestParam String agency,
			@RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
		try {
			if (!confirmed) {
				redirect.addFlashAttribute("confirmPublish", !reports.toPublish(me.staff(), agency, year).blocked());
				return "redirect:/admin/annual-reports/" + year + "?agency=" + agency + "#confirm-publish";
			}
			AnnualReport published = reports.publish(me.staff(), agency, year);
			redirect.addFlashAttribute("published", published.version());
		}
		catch (DomainException e) {
			refuse(e, redirect);
		}
		return "redirect:/admin/annual-reports/" + year + "?agency=" + agency;
	}

	/**
	 * A supervising office sends the report back with a comment: its text is not changed, its state is (a draft is
	 * sent back; a published report stays published with a correction requested). Anyone else is refused with 403
	 * (the error page), a blank comment with the page again.
	 */
	@PostMapping("/{year}/send-back")
	String sendBack(@AuthenticationPrincipal StaffPrincipal me, @PathVariable int year, @RequestParam String agency,
			@RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
		try {
			comments.sendBack(me.staff(), agency, year, comment);
			redirect.addFlashAttribute("sentBack", true);
		}
		catch (DomainException e) {
			refuse(e, redirect);
		}
		return "redirect:/admin/annual-reports/" + year + "?agency=" + agency;
	}

	/**
	 * A refusal the page can show (checks failing, a blank comment) goes back to it; one the staff member had no
	 * business asking for (a supervisor posting 保存 or 发布) is answered with its status, 403.
	 */
	private static void refuse(DomainException e, RedirectAttributes redirect) {
		if (e.kind() == DomainException.Kind.NOT_PERMITTED || e.kind() == DomainException.Kind.NOT_FOUND) {
			throw e;
		}
		redirect.addFlashAttribute("refusal", e.messageKey());
	}

	@GetMapping("/{year}/report.{format}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal StaffPrincipal me, @PathVariable int year,
			@PathVariable String format, @RequestParam(required = false) String agency) {
		return ReportFileResponses.of(
				reports.current(me.staff(), agency != null ? agency : me.staff().agencyCode(), year), format);
	}

	private String show(Model model, Staff staff, AnnualReport report, Narrative form, String agency) {
		model.addAttribute("report", report);
		model.addAttribute("form", form);
		model.addAttribute("agency", agency);
		model.addAttribute("body", ReportHtml.body(report,
				code -> "/admin/annual-reports/" + report.year() + "/cell?agency="
						+ java.net.URLEncoder.encode(agency, java.nio.charset.StandardCharsets.UTF_8) + "&code="
						+ java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8)));
		model.addAttribute("versions", reports.versions(agency, report.year()));
		Set<ReportAction> actions = reports.allowedActions(staff, agency, report.year());
		model.addAttribute("reportState", reports.state(staff, agency, report.year()));
		model.addAttribute("maySave", actions.contains(ReportAction.SAVE));
		model.addAttribute("mayPublish", actions.contains(ReportAction.PUBLISH));
		model.addAttribute("maySendBack", actions.contains(ReportAction.SEND_BACK));
		model.addAttribute("comments", comments.of(staff, agency, report.year()));
		model.addAttribute("dueOn", reports.dueOn(agency, report.year()));
		model.addAttribute("placeholderNames", Narrative.placeholderNames());
		model.addAttribute("warnings", report.checks().stream()
			.filter(check -> !check.ok() && check.severity() == Check.Severity.WARNING)
			.toList());
		return EDIT;
	}

}
