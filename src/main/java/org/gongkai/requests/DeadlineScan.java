package org.gongkai.requests;

import java.time.LocalDate;

import org.gongkai.identity.AgencyScope;
import org.gongkai.platform.ClusterLock;
import org.gongkai.platform.DailyJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, on one node only (the first to claim the day in {@code job_run}, {@link ClusterLock#oncePerDay}): closes
 * applications whose clarification period (OGI art. 30) or payment period (国办函〔2020〕109号) ran out, and raises the
 * applications that fell overdue or became due within {@value Deadline#DUE_SOON_WORKING_DAYS} working days since
 * the last scan.
 */
@Component
class DeadlineScan implements DailyJob {

	static final String JOB = "request-deadlines";

	private static final Logger log = LoggerFactory.getLogger(DeadlineScan.class);

	private final JdbcClient jdbc;

	private final RequestHandling handling;

	private final RequestRecords records;

	private final ApplicationEventPublisher events;

	private final ClusterLock lock;

	DeadlineScan(JdbcClient jdbc, RequestHandling handling, RequestRecords records, ApplicationEventPublisher events,
			ClusterLock lock) {
		this.jdbc = jdbc;
		this.handling = handling;
		this.records = records;
		this.events = events;
		this.lock = lock;
	}

	@Override
	public String name() {
		return JOB;
	}

	@Override
	public boolean runFor(LocalDate day) {
		return run(day);
	}

	@Scheduled(cron = "${gongkai.jobs.request-deadlines:0 10 0 * * *}", zone = "Asia/Shanghai")
	void daily() {
		run(records.today());
	}

	/**
	 * Scans for {@code today} in one transaction (a failure leaves the day unclaimed, for the next try); answers
	 * false when another node, or an earlier run, already did.
	 */
	boolean run(LocalDate today) {
		return lock.oncePerDay(JOB, today, () -> scan(today));
	}

	private void scan(LocalDate today) {
		LocalDate previous = lock.lastDayBefore(JOB, today).orElse(today.minusDays(1));
		close("AWAITING_CLARIFICATION", "clarification_due_on", new RequestCommand.CloseUnclarified(today), today);
		close("AWAITING_PAYMENT", "fee_due_on", new RequestCommand.CloseUnpaid(today), today);
		raise(previous, today);
	}

	private void close(String status, String dueColumn, RequestCommand command, LocalDate today) {
		for (Long id : jdbc.sql("select id from disclosure_request where status = :status and " + dueColumn + " < :today")
			.param("status", status)
			.param("today", today)
			.query(Long.class)
			.list()) {
			handling.applyAsSystem(id, command);
			log.info("Application {} closed by the daily scan: {}", id, command.action());
		}
	}

	private void raise(LocalDate previous, LocalDate today) {
		Deadline.Bounds now = Deadline.on(today, records.calendar());
		AgencyScope agencies = records.everyAgency();
		now.bindSince(Deadline.on(previous, records.calendar()), jdbc.sql("""
				select r.id, r.tracking_number, r.agency_id, r.due_on from disclosure_request r
				where %s""".formatted(Deadline.Bounds.BECAME_URGENT_SQL)))
			.query((rs, row) -> new RequestOverdue(rs.getLong(1), rs.getString(2),
					agencies.get(rs.getLong(3)).code(), rs.getObject(4, LocalDate.class),
					now.dueSoon(true, rs.getObject(4, LocalDate.class))))
			.list()
			.forEach(events::publishEvent);
	}

}
