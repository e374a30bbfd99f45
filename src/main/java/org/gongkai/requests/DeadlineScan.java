package org.gongkai.requests;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.platform.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, on one node only (the first to claim the day in {@code job_run}, {@link ClusterLock#oncePerDay}): closes
 * applications whose clarification period (OGI art. 30) or payment period (国办函〔2020〕109号) ran out, and raises the
 * applications that fell overdue or became due within {@value RequestQueries#DUE_SOON_WORKING_DAYS} working days since
 * the last scan.
 */
@Component
class DeadlineScan {

	static final String JOB = "request-deadlines";

	private static final Logger log = LoggerFactory.getLogger(DeadlineScan.class);

	private final JdbcClient jdbc;

	private final RequestHandling handling;

	private final ApplicationEventPublisher events;

	private final org.gongkai.calendar.WorkingDayCalendar calendar;

	private final Clock clock;

	private final ClusterLock lock;

	DeadlineScan(JdbcClient jdbc, RequestHandling handling, ApplicationEventPublisher events,
			org.gongkai.calendar.WorkingDayCalendar calendar, Clock clock, ClusterLock lock) {
		this.lock = lock;
		this.jdbc = jdbc;
		this.handling = handling;
		this.events = events;
		this.calendar = calendar;
		this.clock = clock;
	}

	@Scheduled(cron = "${gongkai.jobs.request-deadlines:0 10 0 * * *}", zone = "Asia/Shanghai")
	void daily() {
		run(LocalDate.now(clock));
	}

	/**
	 * Scans for {@code today} in one transaction (a failure leaves the day unclaimed, for the next try); answers
	 * false when another node, or an earlier run, already did.
	 */
	boolean run(LocalDate today) {
		return lock.oncePerDay(JOB, today, () -> scan(today));
	}

	private void scan(LocalDate today) {
		LocalDate previous = jdbc.sql("select max(day) from job_run where job = :job and day < :today")
			.param("job", JOB)
			.param("today", today)
			.query(LocalDate.class)
			.optional()
			.orElse(today.minusDays(1));
		close("AWAITING_CLARIFICATION", "clarification_due_on", RequestAction.CLOSE_UNCLARIFIED, today);
		close("AWAITING_PAYMENT", "fee_due_on", RequestAction.CLOSE_UNPAID, today);
		raise(previous == null ? today.minusDays(1) : previous, today);
	}

	private void close(String status, String dueColumn, RequestAction action, LocalDate today) {
		for (Long id : jdbc.sql("select id from disclosure_request where status = :status and " + dueColumn + " < :today")
			.param("status", status)
			.param("today", today)
			.query(Long.class)
			.list()) {
			handling.applyAsSystem(id, ActionCommand.of(action, today));
			log.info("Application {} closed by the daily scan: {}", id, action);
		}
	}

	private void raise(LocalDate previous, LocalDate today) {
		LocalDate soon = calendar.addWorkingDays(today, RequestQueries.DUE_SOON_WORKING_DAYS);
		LocalDate soonBefore = calendar.addWorkingDays(previous, RequestQueries.DUE_SOON_WORKING_DAYS);
		jdbc.sql("""
				select r.id, r.tracking_number, a.code, r.due_on from disclosure_request r join agency a on a.id = r.agency_id
				where r.status <> 'CLOSED' and (r.due_on >= :previous and r.due_on < :today
				   or r.due_on > :soonBefore and r.due_on <= :soon)""")
			.param("previous", previous)
			.param("today", today)
			.param("soonBefore", soonBefore)
			.param("soon", soon)
			.query((rs, row) -> new RequestOverdue(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), !rs.getObject(4, LocalDate.class).isBefore(today)))
			.list()
			.forEach(events::publishEvent);
	}

}
