package org.gongkai.platform;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The health component {@code db}, answered within {@code gongkai.health.db-timeout} (800 ms) whatever the database
 * does: a database that is down or does not answer is DOWN at once, so that a load balancer takes the node out without
 * waiting for the pool's connection timeout. Replaces Spring Boot's indicator of the same name.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator, DisposableBean {

	private final JdbcClient jdbc;

	private final Duration timeout;

	private final ExecutorService checks = Executors.newFixedThreadPool(2, runnable -> {
		Thread thread = new Thread(runnable, "db-health");
		thread.setDaemon(true);
		return thread;
	});

	DatabaseHealth(DataSource dataSource, @Value("${gongkai.health.db-timeout:800ms}") Duration timeout) {
		this.jdbc = JdbcClient.create(dataSource);
		this.timeout = timeout;
	}

	@Override
	public Health health() {
		long started = System.nanoTime();
		CompletableFuture<Integer> check = CompletableFuture
			.supplyAsync(() -> jdbc.sql("select 1").query(Integer.class).single(), checks);
		try {
			check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return Health.up()
				.withDetail("database", "PostgreSQL")
				.withDetail("tookMs", (System.nanoTime() - started) / 1_000_000)
				.build();
		}
		catch (TimeoutException e) {
			check.cancel(true);
			return Health.down().withDetail("error", "no answer within " + timeout.toMillis() + " ms").build();
		}
		catch (ExecutionException e) {
			return Health.down().withDetail("error", String.valueOf(e.getCause())).build();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Health.down().withDetail("error", "interrupted").build();
		}
	}

	@Override
	public void destroy() {
		checks.shutdownNow();
	}

}
