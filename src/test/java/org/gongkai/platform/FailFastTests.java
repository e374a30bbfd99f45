package org.gongkai.platform;

import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With the database down or hung, a request that needs it fails within seconds, not after Hikari's 30 s, and the
 * health check answers within a second.
 */
class FailFastTests {

	@TempDir
	Path dataDir;

	@Test
	void withTheDatabaseStoppedAConnectionIsRefusedWithinSeconds() throws Exception {
		EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(dataDir.resolve("pg"));
		try (HikariDataSource pool = EmbeddedDatabaseConfiguration.pool(postgres)) {
			pool.getConnection().close();
			postgres.close();
			// after the stop: a connection the pool's housekeeping opened just before it would otherwise be handed
			// out unchecked (Hikari skips validation within 500 ms of last use), which is not what this test asks
			pool.getHikariPoolMXBean().softEvictConnections();
			long started = System.nanoTime();
			assertThatThrownBy(() -> pool.getConnection().close()).isInstanceOf(java.sql.SQLException.class);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		}
	}

	@Test
	void theHealthOfAHungDatabaseIsDownWithinASecond() throws Exception {
		// a server that accepts connections and never answers, as a hung database does
		try (ServerSocket hung = new ServerSocket(0)) {
			List<Socket> held = new ArrayList<>();
			Thread acceptor = new Thread(() -> {
				try {
					while (true) {
						held.add(hung.accept());
					}
				}
				catch (Exception e) {
					// closed
				}
			});
			acceptor.setDaemon(true);
			acceptor.start();
			try (HikariDataSource pool = new HikariDataSource()) {
				pool.setJdbcUrl("jdbc:postgresql://localhost:" + hung.getLocalPort() + "/postgres");
				pool.setUsername("postgres");
				pool.setConnectionTimeout(30_000);
				pool.setInitializationFailTimeout(-1);
				DatabaseHealth health = new DatabaseHealth(pool, Duration.ofMillis(800));
				try {
					long started = System.nanoTime();
					var answer = health.health();
					assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
					assertThat(answer.getStatus()).isEqualTo(Status.DOWN);
				}
				finally {
					health.destroy();
				}
			}
			for (Socket socket : held) {
				socket.close();
			}
		}
	}

	/** A killed PostgreSQL is started again on its port, and the pool reconnects, without a restart of Java. */
	@Test
	void aKilledEmbeddedPostgresIsStartedAgain() throws Exception {
		Path pg = dataDir.resolve("pg");
		try (EmbeddedDatabaseSupervisor supervisor = new EmbeddedDatabaseSupervisor(
				EmbeddedDatabaseConfiguration.start(pg), pg, Duration.ofMillis(500));
				HikariDataSource pool = EmbeddedDatabaseConfiguration.pool(supervisor.postgres())) {
			org.springframework.jdbc.core.simple.JdbcClient jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(pool);
			jdbc.sql("create table kept (name text)").update();
			jdbc.sql("insert into kept values ('提交过的')").update();
			long postmaster = Long.parseLong(java.nio.file.Files.readAllLines(pg.resolve("postmaster.pid")).get(0).strip());
			ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();
			org.awaitility.Awaitility.await()
				.atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(500))
				.ignoreExceptions()
				.until(() -> "提交过的".equals(jdbc.sql("select name from kept").query(String.class).single()));
			assertThat(supervisor.restarts()).isEqualTo(1);
		}
	}

	@Test
	void theHealthOfAWorkingDatabaseIsUp() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(dataDir.resolve("pg"));
				HikariDataSource pool = EmbeddedDatabaseConfiguration.pool(postgres)) {
			DatabaseHealth health = new DatabaseHealth(pool, Duration.ofMillis(800));
			try {
				assertThat(health.health().getStatus()).isEqualTo(Status.UP);
			}
			finally {
				health.destroy();
			}
		}
	}

}
