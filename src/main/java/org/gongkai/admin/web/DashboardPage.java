package org.gongkai.admin.web;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.calendar.CalendarAdministration;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.StaffAccounts;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.requests.Deadline;
import org.gongkai.requests.RequestQueries;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after login: what needs attention today across the modules. */
@Controller
class DashboardPage {

	static final String VIEW = "admin/dashboard";

	private final AgencyDirectory agencies;

	private final StaffAccounts accounts;

	private final CalendarAdministration calendars;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	private final RequestQueries requests;

	DashboardPage(AgencyDirectory agencies, StaffAccounts accounts, CalendarAdministration calendars,
			WorkingDayCalendar calendar, RequestQueries requests, Clock clock) {
		this.requests = requests;
		this.agencies = agencies;
		this.accounts = accounts;
		this.calendars = calendars;
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping("/admin")
	String dashboard(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("today", today);
		model.addAttribute("agency", agencies.find(me.staff().agencyId()).orElseThrow());
		model.addAttribute("agencyCount", agencies.readableBy(me.staff()).size());
		model.addAttribute("userCount", accounts.readableBy(me.staff()).size());
		model.addAttribute("missingYear", calendars.missingNextYear().orElse(null));
		var counts = requests.countsByAgency(me.staff());
		model.addAttribute("requestCounts", counts);
		model.addAttribute("openRequests", counts.stream().mapToLong(RequestQueries.AgencyCounts::open).sum());
		model.addAttribute("dueSoonRequests", counts.stream().mapToLong(RequestQueries.AgencyCounts::dueSoon).sum());
		model.addAttribute("overdueRequests", counts.stream().mapToLong(RequestQueries.AgencyCounts::overdue).sum());
		model.addAttribute("provisionalRequests",
				counts.stream().mapToLong(RequestQueries.AgencyCounts::provisional).sum());
		model.addAttribute("workingToday", calendar.isWorkingDay(today));
		LocalDate replyDue = calendar.addWorkingDays(today, Deadline.REPLY_WORKING_DAYS);
		model.addAttribute("replyDueIfReceivedToday", replyDue);
		model.addAttribute("replyDueProvisional", calendar.isProvisional(today, replyDue));
		return VIEW;
	}

}
