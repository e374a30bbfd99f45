package org.gongkai.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code spring.datasource.url}, Gongkai runs its own PostgreSQL 17 whose files live in
 * {@code ${gongkai.data-dir}/pg}. The server keeps its data across restarts and stops when the context closes
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

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(GongkaiProperties properties) throws IOException {
		return start(properties.resolve("pg"));
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		return pool(postgres);
	}

	static EmbeddedPostgres start(Path directory) throws IOException {
		Files.createDirectories(directory);
		OrphanedPostmaster.stop(directory);
		// zonky's defaults (-F, synchronous_commit=off) trade durability for speed; a commit here is on disk
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			// stopped by the context (after the pool), not by a JVM hook of its own that races the context's close
			.setRegisterShutdownHook(false)
			.setLocaleConfig("encoding", "UTF8")
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.start();
		SpringApplication.getShutdownHandlers().add(() -> stop(postgres));
		log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), directory);
		return postgres;
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
		pool.setMaximumPoolSize(10);
		pool.setPoolName("gongkai");
		pool.setAllowPoolSuspension(true);
		return pool;
	}

}
