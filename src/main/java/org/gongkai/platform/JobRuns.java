package org.gongkai.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;

import org.springframework.scheduling.support.ScheduledTaskObservationContext;
import org.springframework.stereotype.Component;

/**
 * What this node's scheduled jobs did last: Spring observes every run of a {@code @Scheduled} method, and this handler
 * keeps, per job ({@code Class.method}), when the last run started, how long it took, whether it failed and why, and
 * how many runs and failures there were since the node started. In memory: a run every two seconds writes nothing.
 */
@Component
public class JobRuns implements ObservationHandler<ScheduledTaskObservationContext> {

	private static final String STARTED = JobRuns.class.getName() + ".started";

	private final Map<String, LastRun> last = new ConcurrentHashMap<>();

	private final Clock clock;

	JobRuns(Clock clock) {
		this.clock = clock;
	}

	/** The last run of a job on this node, and the counts since the node started. */
	public record LastRun(Instant startedAt, Duration took, boolean failed, String error, long runs, long failures) {
	}

	/** The job's name as the jobs page shows it: the class's simple name and the method, {@code Outbox.send}. */
	public static String name(Class<?> type, String method) {
		return type.getSimpleName() + "." + method;
	}

	public Optional<LastRun> last(String job) {
		return Optional.ofNullable(last.get(job));
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return context instanceof ScheduledTaskObservationContext;
	}

	@Override
	public void onStart(ScheduledTaskObservationContext context) {
		context.put(STARTED, clock.instant());
	}

	@Override
	public void onStop(ScheduledTaskObservationContext context) {
		Instant started = context.getOrDefault(STARTED, clock.instant());
		Throwable error = context.getError();
		last.compute(name(context.getTargetClass(), context.getMethod().getName()),
				(job, before) -> new LastRun(started, Duration.between(started, clock.instant()), error != null,
						error == null ? null : String.valueOf(error.getMessage()),
						(before == null ? 0 : before.runs()) + 1,
						(before == null ? 0 : before.failures()) + (error == null ? 0 : 1)));
	}

}
