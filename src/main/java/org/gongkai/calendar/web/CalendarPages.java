package org.gongkai.calendar.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.gongkai.calendar.CalendarAdministration;
import org.gongkai.calendar.CalendarDay;
import org.gongkai.calendar.CalendarYear;
import org.gongkai.calendar.DayKind;
import org.gongkai.calendar.NoticeText;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.web.FormErrors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The calendar in the back office: every staff member reads it; only the platform's root administrator (an ADMIN of
 * the root agency) adds, corrects or removes a year, since every agency's deadlines count on it. Each change is
 * audited ({@link org.gongkai.calendar.CalendarChanged}).
 */
@Controller
@RequestMapping("/admin/calendar")
class CalendarPages {

	static final String LIST = "admin/calendar";

	static final String EDIT = "admin/calendar-year";

	/** The role of the platform's root administrator (identity's {@code StaffPrincipal.PLATFORM_ADMIN}). */
	static final String NATIONAL_DATA = "PLATFORM_ADMIN";

	private final CalendarAdministration administration;

	CalendarPages(CalendarAdministration administration) {
		this.administration = administration;
	}

	record YearForm(@NotBlank String noticeNumber, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate noticeDate,
			String notes, String holidays, String makeUpWorkdays) {
	}

	@GetMapping
	String list(Authentication me, Model model) {
		model.addAttribute("entersNotices", administers(me));
		model.addAttribute("years", administration.years());
		model.addAttribute("missingYear", administration.missingNextYear().orElse(null));
		model.addAttribute("provisionalYears", administration.provisionalYears());
		return LIST;
	}

	@GetMapping("/{year}")
	String edit(Authentication me, @PathVariable int year, Model model) {
		YearForm form = administration.year(year)
			.map(notice -> new YearForm(notice.noticeNumber(), notice.noticeDate(), notice.notes(),
					NoticeText.format(notice.holidays()), NoticeText.format(notice.makeUpWorkdays())))
			.orElse(new YearForm("", null, "", "", ""));
		model.addAttribute("form", form);
		model.addAttribute("year", year);
		model.addAttribute("entersNotices", administers(me));
		model.addAttribute("removable", administration.year(year).isPresent() && administers(me));
		return EDIT;
	}

	@PostMapping("/{year}/remove")
	@PreAuthorize("hasRole('" + NATIONAL_DATA + "')")
	String remove(java.security.Principal me, @PathVariable int year, RedirectAttributes redirect) {
		administration.remove(me.getName(), year);
		redirect.addFlashAttribute("removed", year);
		return "redirect:/admin/calendar";
	}

	@PostMapping("/{year}")
	@PreAuthorize("hasRole('" + NATIONAL_DATA + "')")
	String save(java.security.Principal me, @PathVariable int year,
			@Valid @ModelAttribute("form") YearForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				List<CalendarDay> days = new ArrayList<>(
						NoticeText.parse("holidays", form.holidays(), DayKind.HOLIDAY));
				days.addAll(NoticeText.parse("makeUpWorkdays", form.makeUpWorkdays(), DayKind.MAKE_UP_WORKDAY));
				days.sort(java.util.Comparator.comparing(CalendarDay::day));
				administration.save(me.getName(),
						new CalendarYear(year, form.noticeNumber(), form.noticeDate(), form.notes(), days));
				redirect.addFlashAttribute("saved", year);
				return "redirect:/admin/calendar";
			}
			catch (DomainException e) {
				FormErrors.reject(result, e);
			}
		}
		model.addAttribute("year", year);
		model.addAttribute("entersNotices", true);
		return EDIT;
	}

	/** The platform's root administrator enters and removes the yearly notices; everyone else reads them. */
	private static boolean administers(Authentication me) {
		return me.getAuthorities()
			.stream()
			.anyMatch(authority -> ("ROLE_" + NATIONAL_DATA).equals(authority.getAuthority()));
	}

}
