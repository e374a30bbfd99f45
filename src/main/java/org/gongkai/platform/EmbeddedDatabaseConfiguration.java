package org.gongkai.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code spring.datasource.url}, Gongkai runs its own PostgreSQL 17 whose files live in
 * {@code ${gongkai.data-dir}/pg}. Every connection needs the password generated into
 * {@code ${gongkai.data-dir}/keys/database.password} (SCRAM; no "trust" for local users). The server keeps its data across restarts and stops when the context closes
 * (after the connection pool, which depends on it). It runs durably (fsync, synchronous commits): a commit that
 * returned survives a killed process and a power loss. A server left running by a killed JVM is stopped first. It
 * registers no JVM shutdown hook of its own: on SIGTERM such a hook would run beside Spring Boot's and stop the
 * database while the graceful shutdown still drains requests and finishes jobs. Spring Boot's shutdown handlers, which
 * run after the application context has closed, stop it in case the context was not closed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	static final String PASSWORD_FILE = "database.password";

	/** Who may connect: anyone on this machine who knows the password; nobody from elsewhere. */
	static final String HBA = """
			# written by Gongkai (platform.EmbeddedDatabaseConfiguration): a password for every connection
			local all all scram-sha-256
			host all all 127.0.0.1/32 scram-sha-256
			host all all ::1/128 scram-sha-256
			""";

	/** The server, started again by its supervisor if its process dies. */
	@Bean(destroyMethod = "close")
	EmbeddedDatabaseSupervisor embeddedPostgres(GongkaiProperties properties,
			@Value("${gongkai.database.supervise-every:PT5S}") Duration every) throws IOException {
		Path directory = properties.resolve("pg");
		return new EmbeddedDatabaseSupervisor(start(directory), directory, every);
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedDatabaseSupervisor postgres) {
		return pool(postgres.postgres());
	}

	/** The generated password of the embedded server's only role, kept with the other keys of the data directory. */
	static String password(Path directory) {
		return KeyFiles.text(directory.toAbsolutePath().getParent().resolve("keys").resolve(PASSWORD_FILE));
	}

	static EmbeddedPostgres start(Path directory) throws IOException {
		return start(directory, 0);
	}

	/** Starts the server on {@code port}, or on a free one for 0. */
	static EmbeddedPostgres start(Path directory, int port) throws IOException {
		Files.createDirectories(directory);
		OrphanedPostmaster.stop(directory);
		String password = password(directory);
		// zonky's defaults (-F, synchronous_commit=off) trade durability for speed; a commit here is on disk
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
		if (port != 0) {
			builder.setPort(port);
		}
		EmbeddedPostgres postgres = builder
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			// stopped by the context (after the pool), not by a JVM hook of its own that races the context's close
			.setRegisterShutdownHook(false)
			.setLocaleConfig("encoding", "UTF8")
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("password_encryption", "scram-sha-256")
			// every data source zonky hands out (and its own readiness check) logs in with the password
			.setConnectConfig("password", password)
			.start();
		SpringApplication.getShutdownHandlers().add(() -> stop(postgres));
		try {
			requirePassword(postgres, directory, password);
		}
		catch (IOException | RuntimeException e) {
			stop(postgres);
			throw e;
		}
		log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), directory);
		return postgres;
	}

	/**
	 * Gives the role its password and replaces initdb's "trust" rules by password authentication (SCRAM) for every
	 * local connection, socket or TCP; a reload applies them. A database of an older version, made with trust, is
	 * converted on its first start with this one.
	 */
	private static void requirePassword(EmbeddedPostgres postgres, Path directory, String password)
			throws IOException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("alter role postgres password '" + password.replace("'", "''") + "'");
			Path rules = directory.resolve("pg_hba.conf");
			if (!Files.exists(rules) || !Files.readString(rules).equals(HBA)) {
				DurableFiles.writeString(rules, HBA);
				statement.execute("select pg_reload_conf()");
			}
		}
		catch (SQLException e) {
			throw new IOException("cannot set the embedded PostgreSQL's password (is " + PASSWORD_FILE
					+ " in the data directory's keys/ the one this database was given?)", e);
		}
	}

	private static void stop(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException e) {
			log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.toString());
		}
	}

	static HikariDataSource pool(EmbeddedPostgres postgres) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		pool.setUsername("postgres");
		pool.setPassword(((org.postgresql.ds.PGSimpleDataSource) postgres.getPostgresDatabase()).getPassword());
		pool.setMaximumPoolSize(10);
		pool.setPoolName("gongkai");
		pool.setAllowPoolSuspension(true);
		// with the database down a request fails after 2 s instead of Hikari's 30 s
		pool.setConnectionTimeout(2_000);
		return pool;
	}

}
