package org.gongkai.admin.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.calendar.CalendarAdministration;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.requests.Deadline;
import org.gongkai.requests.RequestQueries;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The first page after login: what needs this staff member, by the roles they hold — an editor's drafts, documents
 * sent back and waiting for review; a reviewer's queue; an officer's applications to confirm, due soon and overdue;
 * the overdue applications of a leader's agency; a supervisor's late agencies, unpublished reports and open
 * findings; an administrator's calendar, users and health. Each item links to its page.
 */
@Controller
class DashboardPage {

	static final String VIEW = "admin/dashboard";

	private final AgencyDirectory agencies;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	private final RequestQueries requests;

	private final Sections sections;

	private final CalendarAdministration calendars;

	DashboardPage(AgencyDirectory agencies, WorkingDayCalendar calendar, CalendarAdministration calendars,
			RequestQueries requests, Sections sections, Clock clock) {
		this.calendars = calendars;
		this.requests = requests;
		this.agencies = agencies;
		this.calendar = calendar;
		this.sections = sections;
		this.clock = clock;
	}

	/** The modules' parts of the dashboard, in the order the page shows them. */
	@org.springframework.stereotype.Component
	static class Sections {

		private final DocumentWork documents;

		private final CaseWork cases;

		private final Oversight oversight;

		private final Administration administration;

		Sections(DocumentWork documents, CaseWork cases, Oversight oversight, Administration administration) {
			this.documents = documents;
			this.cases = cases;
			this.oversight = oversight;
			this.administration = administration;
		}

	}

	/**
	 * The figures the page shows beside the sections: the applications card for those who handle or supervise
	 * them, the agencies and users cards for those who manage or supervise agencies.
	 */
	record Cards(boolean requests, boolean agencies) {

		static Cards of(Staff staff) {
			boolean supervises = staff.has(Role.SUPERVISOR) || staff.has(Role.ADMIN);
			return new Cards(supervises || staff.has(Role.OFFICER) || staff.has(Role.LEADER), supervises);
		}

	}

	@GetMapping("/admin")
	String dashboard(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		Staff staff = me.staff();
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("today", today);
		model.addAttribute("agency", agencies.find(staff.agencyId()).orElseThrow());
		Cards cards = Cards.of(staff);
		model.addAttribute("cards", cards);
		model.addAttribute("missingYear", calendars.missingNextYear().orElse(null));
		DocumentWork.Work work = sections.documents.of(staff);
		List<DashboardSection> shown = new ArrayList<>(work.sections());
		shown.addAll(sections.cases.of(staff));
		shown.addAll(sections.oversight.of(staff));
		shown.addAll(sections.administration.of(staff));
		model.addAttribute("sections", shown);
		model.addAttribute("sentBack", work.sentBack());
		if (cards.agencies()) {
			model.addAttribute("agencyCount", agencies.readableBy(staff).size());
		}
		long provisional = 0;
		if (cards.requests()) {
			var counts = requests.countsByAgency(staff);
			model.addAttribute("openRequests", counts.stream().mapToLong(RequestQueries.AgencyCounts::open).sum());
			model.addAttribute("dueSoonRequests",
					counts.stream().mapToLong(RequestQueries.AgencyCounts::dueSoon).sum());
			model.addAttribute("overdueRequests",
					counts.stream().mapToLong(RequestQueries.AgencyCounts::overdue).sum());
			provisional = counts.stream().mapToLong(RequestQueries.AgencyCounts::provisional).sum();
		}
		model.addAttribute("provisionalRequests", provisional);
		model.addAttribute("workingToday", calendar.isWorkingDay(today));
		LocalDate replyDue = calendar.addWorkingDays(today, Deadline.REPLY_WORKING_DAYS);
		model.addAttribute("replyDueIfReceivedToday", replyDue);
		model.addAttribute("replyDueProvisional", calendar.isProvisional(today, replyDue));
		return VIEW;
	}

}
