package org.gongkai.admin.web;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.audit.AuditableEvent;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.Beijing;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.Jobs;
import org.gongkai.platform.Outbox;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The platform administrator's view of the scheduled jobs (last run on this node, duration, result, next run; the
 * daily ones with the day and node of their last run on the cluster, and "run now" when today's run is missing) and
 * of the mail given up after its retries, which can be queued again. Both actions are audited.
 */
@Controller
@RequestMapping("/admin/jobs")
@PreAuthorize("hasRole('ADMIN')")
class JobsPage {

	static final String VIEW = "admin/jobs";

	private final Jobs jobs;

	private final Outbox outbox;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	JobsPage(Jobs jobs, Outbox outbox, ApplicationEventPublisher events, Clock clock) {
		this.jobs = jobs;
		this.outbox = outbox;
		this.events = events;
		this.clock = clock;
	}

	/** A platform administrator started a job or queued mail again. */
	record OperatorAction(String actor, String action, String subject, String summary) implements AuditableEvent {

		@Override
		public String agencyCode() {
			return null;
		}

	}

	@GetMapping
	String show(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		requirePlatformAdministrator(me);
		model.addAttribute("jobs", jobs.all());
		model.addAttribute("today", today());
		model.addAttribute("undelivered", outbox.undelivered());
		model.addAttribute("undeliveredTotal", outbox.undeliveredCount());
		return VIEW;
	}

	@PostMapping("/{job}/run")
	@Transactional
	String run(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String job, RedirectAttributes redirect) {
		requirePlatformAdministrator(me);
		boolean ran = jobs.runNow(job, today());
		events.publishEvent(new OperatorAction(me.getUsername(), "JOB_RUN_REQUESTED", "job:" + job,
				"day=" + today() + ", ran=" + ran));
		redirect.addFlashAttribute(ran ? "ran" : "alreadyRan", job);
		return "redirect:/admin/jobs";
	}

	@PostMapping("/mail/{id}/retry")
	@Transactional
	String retry(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		requirePlatformAdministrator(me);
		if (!outbox.retry(id)) {
			throw DomainException.conflict(null, "jobs.mail.notGivenUp", id);
		}
		events.publishEvent(new OperatorAction(me.getUsername(), "MAIL_REQUEUED", "mail:" + id, "attempts=0"));
		redirect.addFlashAttribute("requeued", id);
		return "redirect:/admin/jobs";
	}

	@PostMapping("/mail/retry-all")
	@Transactional
	String retryAll(@AuthenticationPrincipal StaffPrincipal me, RedirectAttributes redirect) {
		requirePlatformAdministrator(me);
		int queued = outbox.retryAll();
		events.publishEvent(new OperatorAction(me.getUsername(), "MAIL_REQUEUED_ALL", "mail", "queued=" + queued));
		redirect.addFlashAttribute("requeuedAll", queued);
		return "redirect:/admin/jobs";
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Beijing.ZONE));
	}

	private static void requirePlatformAdministrator(StaffPrincipal me) {
		if (!me.staff().isPlatformAdministrator()) {
			throw DomainException.notPermitted("jobs.platformOnly");
		}
	}

}
