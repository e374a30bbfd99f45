package org.gongkai.interaction;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.gongkai.identity.AgencyScope;
import org.gongkai.platform.ClusterLock;
import org.gongkai.platform.DailyJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day: reminds of consultations that passed their due date (once each), raises those past the website
 * indicators' 3-month limit and proposals past their due date, and escalates findings not fixed by their deadline
 * to the supervisor (once each; the dashboard and the overview show them). Each item changes through its aggregate
 * and is saved through its repository, so that its version moves and its audit event follows; the day runs on one
 * node ({@link ClusterLock#oncePerDay}), and an item changed meanwhile by someone else fails the run on its version
 * rather than being raised twice.
 */
@Component
class DeadlineWatch implements DailyJob {

	static final String JOB = "interaction-deadlines";

	private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

	private final JdbcClient jdbc;

	private final InteractionRecords records;

	private final ClusterLock lock;

	DeadlineWatch(JdbcClient jdbc, InteractionRecords records, ClusterLock lock) {
		this.jdbc = jdbc;
		this.records = records;
		this.lock = lock;
	}

	@Scheduled(cron = "${gongkai.jobs.interaction-deadlines:0 20 0 * * *}", zone = "Asia/Shanghai")
	void daily() {
		runFor(records.today());
	}

	@Override
	public String name() {
		return JOB;
	}

	@Override
	public boolean runFor(LocalDate day) {
		return lock.oncePerDay(JOB, day, () -> run(day));
	}

	/**
	 * Catches up on start, in case no node was up at the scheduled time; a day that already ran is not run again.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		daily();
	}

	/** Raises what fell overdue by {@code today}; answers how many items were raised. */
	@Transactional
	int run(LocalDate today) {
		AgencyScope agencies = records.everyAgency();
		int raised = change(records.consultations(
				due("consultation c", ReplyDeadlines.CONSULTATION_OVERDUE_SQL + " and c.reminded_on is null", today)),
				c -> c.remind(today), c -> new InteractionOverdue(agencies.get(c.agencyId).code(),
						"consultation:" + c.trackingNumber,
						c.beyondLimitOn(today) ? "CONSULTATION_BEYOND_LIMIT" : "CONSULTATION_OVERDUE", c.dueOn),
				records::raised);
		raised += change(records.proposals(
				due("proposal p", ReplyDeadlines.PROPOSAL_OVERDUE_SQL + " and p.reminded_on is null", today)),
				p -> p.remind(today), p -> new InteractionOverdue(agencies.get(p.agencyId).code(), "proposal:" + p.id,
						"PROPOSAL_OVERDUE", p.dueOn),
				records::raised);
		raised += change(records.findings(
				due("finding f", ReplyDeadlines.FINDING_OVERDUE_SQL + " and f.escalated_on is null", today)),
				f -> f.escalate(today), f -> new InteractionOverdue(agencies.get(f.agencyId).code(), "finding:" + f.id,
						"FINDING_ESCALATED", f.deadline),
				records::raised);
		log.info("Interaction deadlines of {}: {} items raised", today, raised);
		return raised;
	}

	/**
	 * Changes each item through its aggregate and, when it changed, has the records save it with the audit event of
	 * the raise; answers how many did.
	 */
	private static <T> int change(List<T> items, Predicate<T> changed, Function<T, InteractionOverdue> raise,
			BiConsumer<T, InteractionOverdue> record) {
		int raised = 0;
		for (T item : items) {
			if (changed.test(item)) {
				record.accept(item, raise.apply(item));
				raised++;
			}
		}
		return raised;
	}

	/** The ids of the items of {@code table} (with its alias) that {@code condition} selects on {@code today}. */
	private List<Long> due(String table, String condition, LocalDate today) {
		return jdbc.sql("select id from " + table + " where " + condition + " order by id")
			.param("today", today)
			.query(Long.class)
			.list();
	}

}
