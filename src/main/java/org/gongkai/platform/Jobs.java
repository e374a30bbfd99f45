package org.gongkai.platform;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.IntervalTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.config.Task;
import org.springframework.stereotype.Service;

/**
 * The scheduled jobs as an operator sees them: each {@code @Scheduled} method of this node with its timer, its last
 * run here ({@link JobRuns}) and its next; for the daily ones ({@link DailyJob}), also the day they last ran on the
 * cluster and on which node, from {@code job_run}; and "run now" for a daily job whose day no node claimed.
 */
@Service
public class Jobs {

	private final ObjectProvider<ScheduledTaskHolder> holders;

	private final JobRuns runs;

	private final List<DailyJob> daily;

	private final JdbcClient jdbc;

	private final ClusterLock lock;

	Jobs(ObjectProvider<ScheduledTaskHolder> holders, JobRuns runs, List<DailyJob> daily, JdbcClient jdbc,
			ClusterLock lock) {
		this.holders = holders;
		this.runs = runs;
		this.daily = daily;
		this.jdbc = jdbc;
		this.lock = lock;
	}

	/** The last day a daily job ran on the cluster, on which node, when and for how long. */
	public record DayRun(LocalDate day, String node, Instant startedAt, Instant finishedAt) {
	}

	/**
	 * A job: {@code name} ({@code Class.method}), {@code daily} the name its day is claimed under (or null),
	 * its timer ({@code cron} in Beijing time, or
	 * {@code every} so long after the previous run ended), the last run on this node, the next planned, the last day on the cluster.
	 */
	public record Job(String name, String daily, String cron, Duration every, String node,
			Optional<JobRuns.LastRun> last, Instant next, Optional<DayRun> lastDay) {

		public boolean mayRunNow(LocalDate today) {
			return daily != null && lastDay.map(run -> run.day().isBefore(today)).orElse(true);
		}

	}

	/** The scheduled jobs, daily ones first; a daily job whose timer is off is listed without one. */
	public List<Job> all() {
		List<Job> jobs = new ArrayList<>();
		holders.orderedStream().forEach(holder -> holder.getScheduledTasks().forEach(task -> job(task).ifPresent(jobs::add)));
		daily.stream()
			.filter(job -> jobs.stream().noneMatch(listed -> job.name().equals(listed.daily())))
			.forEach(job -> {
				String name = JobRuns.name(AopUtils.getTargetClass(job), "daily");
				jobs.add(new Job(name, job.name(), null, null, lock.node(), runs.last(name), null,
						lastDay(job.name())));
			});
		jobs.sort(Comparator.comparing((Job job) -> job.daily() == null).thenComparing(Job::name));
		return jobs;
	}

	/**
	 * The job a scheduled task runs. Spring wraps the method's runnable to track its outcome; its text stays the
	 * method's full name ({@code org.gongkai.platform.Outbox.send}), which names the job.
	 */
	private Optional<Job> job(ScheduledTask task) {
		String method = task.getTask().getRunnable().toString();
		int dot = method.lastIndexOf('.');
		if (dot < 0) {
			return Optional.empty();
		}
		String type = method.substring(0, dot);
		String name = type.substring(type.lastIndexOf('.') + 1) + method.substring(dot);
		String dailyName = daily.stream()
			.filter(job -> AopUtils.getTargetClass(job).getName().equals(type))
			.map(DailyJob::name)
			.findFirst()
			.orElse(null);
		Task timer = task.getTask();
		return Optional.of(new Job(name, dailyName, timer instanceof CronTask cron ? cron.getExpression() : null,
				timer instanceof IntervalTask interval ? interval.getIntervalDuration() : null, lock.node(),
				runs.last(name), task.nextExecution(), dailyName == null ? Optional.empty() : lastDay(dailyName)));
	}

	private Optional<DayRun> lastDay(String job) {
		return jdbc.sql("select day, node, started_at, finished_at from job_run where job = :job order by day desc limit 1")
			.param("job", job)
			.query((rs, row) -> new DayRun(rs.getObject(1, LocalDate.class), rs.getString(2),
					rs.getTimestamp(3).toInstant(),
					rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
			.optional();
	}

	/** Starts a daily job's run for the day; false when a node already ran it that day. */
	public boolean runNow(String dailyName, LocalDate day) {
		return daily.stream()
			.filter(job -> job.name().equals(dailyName))
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("jobs.notFound", dailyName))
			.runFor(day);
	}

}
