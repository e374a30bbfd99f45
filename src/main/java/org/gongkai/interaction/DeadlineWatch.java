package org.gongkai.interaction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.platform.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day: reminds of consultations that passed their due date (once each), raises those past the website
 * indicators' 3-month limit and proposals past their due date, and escalates findings not fixed by their deadline
 * to the supervisor (once each; the dashboard and the overview show them). The day runs on one node
 * ({@link ClusterLock#oncePerDay}), and each item is still claimed by an atomic update, so that it is never raised
 * twice.
 */
@Component
class DeadlineWatch {

	static final String JOB = "interaction-deadlines";

	private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final ClusterLock lock;

	DeadlineWatch(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactions, ClusterLock lock) {
		this.lock = lock;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(cron = "${gongkai.jobs.interaction-deadlines:0 20 0 * * *}", zone = "Asia/Shanghai")
	void daily() {
		LocalDate today = LocalDate.now(clock);
		lock.oncePerDay(JOB, today, () -> run(today));
	}

	/**
	 * Catches up on start, in case no node was up at the scheduled time; a day that already ran is not run again.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		daily();
	}

	/** Raises what fell overdue by {@code today}; answers how many items were raised. */
	int run(LocalDate today) {
		Integer raised = transaction.execute(status -> {
			List<InteractionOverdue> found = new java.util.ArrayList<>();
			found.addAll(claim("""
					update consultation c set reminded_on = :today from agency a
					where a.id = c.agency_id and c.status = 'RECEIVED' and c.due_on < :today and c.reminded_on is null
					returning a.code, 'consultation:' || c.tracking_number, c.due_on, c.limit_on""", today,
					"CONSULTATION_OVERDUE"));
			found.addAll(claim("""
					update proposal p set reminded_on = :today from agency a
					where a.id = p.agency_id and p.status = 'ASSIGNED' and p.due_on < :today and p.reminded_on is null
					returning a.code, 'proposal:' || p.id, p.due_on, null::date""", today, "PROPOSAL_OVERDUE"));
			found.addAll(claim("""
					update finding f set escalated_on = :today from agency a
					where a.id = f.agency_id and f.status <> 'CLOSED' and f.deadline < :today and f.escalated_on is null
					returning a.code, 'finding:' || f.id, f.deadline, null::date""", today, "FINDING_ESCALATED"));
			found.forEach(events::publishEvent);
			return found.size();
		});
		log.info("Interaction deadlines of {}: {} items raised", today, raised);
		return raised == null ? 0 : raised;
	}

	private List<InteractionOverdue> claim(String sql, LocalDate today, String action) {
		return jdbc.sql(sql).param("today", today).query((rs, row) -> {
			LocalDate limit = rs.getObject(4, LocalDate.class);
			boolean beyondLimit = limit != null && limit.isBefore(today);
			return new InteractionOverdue(rs.getString(1), rs.getString(2),
					beyondLimit ? "CONSULTATION_BEYOND_LIMIT" : action, rs.getObject(3, LocalDate.class));
		}).list();
	}

}
