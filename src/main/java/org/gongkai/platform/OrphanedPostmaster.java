package org.gongkai.platform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL runs as a process of its own, so a JVM that is killed (SIGKILL, OOM killer, a lost
 * container) leaves it running on the data directory, and the next start would find {@code postmaster.pid} taken.
 * Before a start, a server that still holds the directory while no JVM holds zonky's {@code epg-lock} on it is such
 * an orphan: it is asked to shut down (SIGTERM, PostgreSQL's smart shutdown; its clients died with the JVM), and
 * killed only if it does not within half a minute. PostgreSQL's own crash recovery replays the WAL either way. A
 * process that is not that directory's postmaster (a reused pid) is left alone.
 */
final class OrphanedPostmaster {

	private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

	private OrphanedPostmaster() {
	}

	static void stop(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(dataDirectory.resolve("epg-lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE)) {
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException e) {
				return; // this JVM runs the server
			}
			if (lock == null) {
				return; // another running JVM owns it; starting a second server must fail, and does
			}
			try {
				postmaster(dataDirectory, pidFile).ifPresent(OrphanedPostmaster::shutDown);
			}
			finally {
				lock.release();
			}
		}
	}

	private static Optional<ProcessHandle> postmaster(Path dataDirectory, Path pidFile) throws IOException {
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
			return Optional.empty();
		}
		return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
			.filter(ProcessHandle::isAlive)
			.filter(process -> servesDirectory(process, dataDirectory));
	}

	/** Whether the process is a {@code postgres} started with {@code -D} on this data directory. */
	private static boolean servesDirectory(ProcessHandle process, Path dataDirectory) {
		ProcessHandle.Info info = process.info();
		boolean postgres = info.command().map(command -> Path.of(command).getFileName().toString())
			.filter(name -> name.equals("postgres") || name.equals("postgres.exe"))
			.isPresent();
		String[] arguments = info.arguments().orElse(new String[0]);
		for (int i = 0; postgres && i + 1 < arguments.length; i++) {
			if (arguments[i].equals("-D") && sameFile(Path.of(arguments[i + 1]), dataDirectory)) {
				return true;
			}
		}
		return false;
	}

	private static boolean sameFile(Path a, Path b) {
		try {
			return Files.isSameFile(a, b);
		}
		catch (IOException e) {
			return false;
		}
	}

	private static void shutDown(ProcessHandle postmaster) {
		log.warn("An embedded PostgreSQL (pid {}) outlived the JVM that started it; stopping it before this start",
				postmaster.pid());
		postmaster.destroy();
		if (!exited(postmaster, 30)) {
			log.warn("PostgreSQL (pid {}) did not shut down in 30 s; killing it (its WAL is replayed at start)",
					postmaster.pid());
			postmaster.destroyForcibly();
			if (!exited(postmaster, 30)) {
				throw new IllegalStateException("cannot stop the orphaned PostgreSQL with pid " + postmaster.pid());
			}
		}
	}

	private static boolean exited(ProcessHandle process, int seconds) {
		try {
			process.onExit().get(seconds, TimeUnit.SECONDS);
			return true;
		}
		catch (TimeoutException e) {
			return false;
		}
		catch (ExecutionException e) {
			return !process.isAlive();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return !process.isAlive();
		}
	}

}
