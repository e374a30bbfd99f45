package org.gongkai.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work that runs on one node at a time when several application nodes share one PostgreSQL (architecture.md §4,
 * docs/adr/0002-several-nodes.md). Two kinds:
 * <ul>
 * <li>{@link #oncePerDay}: a daily job claims its day with a row in {@code job_run} (primary key job and day; insert
 * … on conflict do nothing), in the transaction of its work. Only the node whose insert wins runs it; if the work
 * fails the claim rolls back with it and a later try (another node, the next start) may claim the day again. A
 * second node that tries while the first still runs waits on the key and then finds the day claimed.</li>
 * <li>{@link #ifFree} and {@link #holding}: a PostgreSQL advisory lock on a 64-bit hash of a name, held by a
 * connection of its own for as long as the work runs, so that the work's own transactions are unchanged. If a node
 * dies, its connection closes and the lock is released. {@code ifFree} skips the work when another node holds the
 * lock (jobs that run every minute: the next round comes soon); {@code holding} waits for it. Both are re-entrant
 * within a thread.</li>
 * </ul>
 */
@Component
public class ClusterLock {

	private static final Logger log = LoggerFactory.getLogger(ClusterLock.class);

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final String node;

	/** The names this thread holds, so that a holder may take its own lock again. */
	private final ThreadLocal<Set<String>> held = ThreadLocal.withInitial(HashSet::new);

	ClusterLock(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
			@Value("${gongkai.cluster.node:}") String node) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.node = node.isBlank() ? nodeName() : node.strip();
	}

	/** This node as {@code job_run} records it: {@code gongkai.cluster.node}, else host name and process id. */
	public String node() {
		return node;
	}

	/**
	 * Runs {@code work} in one transaction if no node has run {@code job} for {@code day} yet; answers whether this
	 * node ran it. The work may read {@code job_run} (its own row is already there).
	 */
	public boolean oncePerDay(String job, LocalDate day, Runnable work) {
		Boolean ran = transaction.execute(status -> {
			int claimed = jdbc.sql("""
					insert into job_run (job, day, node, started_at) values (:job, :day, :node, :at)
					on conflict (job, day) do nothing""")
				.param("job", job)
				.param("day", day)
				.param("node", node)
				.param("at", Timestamp.from(clock.instant()))
				.update();
			if (claimed == 0) {
				return false;
			}
			work.run();
			jdbc.sql("update job_run set finished_at = :at where job = :job and day = :day")
				.param("at", Timestamp.from(clock.instant()))
				.param("job", job)
				.param("day", day)
				.update();
			return true;
		});
		if (!Boolean.TRUE.equals(ran)) {
			log.debug("{} of {}: already claimed by another node or an earlier run", job, day);
		}
		return Boolean.TRUE.equals(ran);
	}

	/** The last day before {@code day} that {@code job} was claimed for, if it ever was. */
	public Optional<LocalDate> lastDayBefore(String job, LocalDate day) {
		return jdbc.sql("select max(day) from job_run where job = :job and day < :day")
			.param("job", job)
			.param("day", day)
			.query(LocalDate.class)
			.optional();
	}

	/** Runs {@code work} unless another node runs work under the same name now; answers whether it ran. */
	public boolean ifFree(String name, Runnable work) {
		return Boolean.TRUE.equals(locked(name, false, () -> {
			work.run();
			return Boolean.TRUE;
		}));
	}

	/** Waits until no other node holds {@code name}, then runs {@code work} holding it. */
	public <T> T holding(String name, Supplier<T> work) {
		return locked(name, true, work);
	}

	/** Runs the work holding the lock; answers null without running it when {@code wait} is false and it is taken. */
	private <T> T locked(String name, boolean wait, Supplier<T> work) {
		Set<String> mine = held.get();
		if (mine.contains(name)) {
			return work.get();
		}
		long key = key(name);
		try (Connection connection = dataSource.getConnection()) {
			if (!lock(connection, key, wait)) {
				log.debug("{} is held by another node; skipped", name);
				return null;
			}
			mine.add(name);
			try {
				return work.get();
			}
			finally {
				mine.remove(name);
				unlock(connection, key, name);
			}
		}
		catch (SQLException e) {
			throw new DataAccessResourceFailureException("cannot take the cluster lock " + name, e);
		}
	}

	private static boolean lock(Connection connection, long key, boolean wait) throws SQLException {
		String sql = wait ? "select pg_advisory_lock(?), true" : "select pg_try_advisory_lock(?)";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, key);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getBoolean(wait ? 2 : 1);
			}
		}
	}

	/**
	 * Releases the lock; if that fails the connection is aborted rather than returned to the pool, because closing
	 * it is what releases a session's advisory locks.
	 */
	private static void unlock(Connection connection, long key, String name) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_unlock(?)")) {
			statement.setLong(1, key);
			try (ResultSet result = statement.executeQuery()) {
				if (result.next() && result.getBoolean(1)) {
					return;
				}
			}
			log.warn("Cluster lock {} was not held at release", name);
		}
		catch (SQLException e) {
			log.warn("Cluster lock {} not released ({}); closing its connection", name, e.getMessage());
			connection.abort(Runnable::run);
		}
	}

	/** The advisory lock key of a name: the first 8 bytes of SHA-256("gongkai:" + name), the same on every node. */
	static long key(String name) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(("gongkai:" + name).getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(hash, 0, Long.BYTES).getLong();
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String nodeName() {
		try {
			return InetAddress.getLocalHost().getHostName() + ":" + ProcessHandle.current().pid();
		}
		catch (UnknownHostException e) {
			return "unknown:" + ProcessHandle.current().pid();
		}
	}

}
