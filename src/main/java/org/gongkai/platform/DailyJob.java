package org.gongkai.platform;

import java.time.LocalDate;

/**
 * A job that runs once a day on the one node that claims the day ({@link ClusterLock#oncePerDay}), on its own timer;
 * the jobs page lists it with the days it ran and lets an administrator start today's run when the timer missed it
 * (no node was up at the time).
 */
public interface DailyJob {

	/** The name the day is claimed under in {@code job_run}, e.g. {@code request-deadlines}. */
	String name();

	/** Runs the job for the day; false when a node already ran it that day. */
	boolean runFor(LocalDate day);

}
