package org.gongkai.platform;

import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL keeps its data in the data directory across a stop and a start, and commits durably
 * (zonky's defaults turn fsync and synchronous commits off).
 */
class EmbeddedDatabaseTests {

	@TempDir
	Path dataDir;

	@Test
	void startingTwiceOnTheSameDirectoryKeepsTheData() throws Exception {
		Path pg = dataDir.resolve("pg");
		try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(pg);
				HikariDataSource pool = EmbeddedDatabaseConfiguration.pool(postgres)) {
			JdbcClient jdbc = JdbcClient.create(pool);
			jdbc.sql("create table kept (name text)").update();
			jdbc.sql("insert into kept values ('示例区')").update();
			assertThat(jdbc.sql("select version()").query(String.class).single()).contains("PostgreSQL 17");
			assertThat(jdbc.sql("show fsync").query(String.class).single()).as("fsync").isEqualTo("on");
			assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).as("synchronous_commit")
				.isEqualTo("on");
			assertThat(jdbc.sql("show full_page_writes").query(String.class).single()).as("full_page_writes")
				.isEqualTo("on");
		}
		assertThat(pg.resolve("PG_VERSION")).exists();
		try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(pg);
				HikariDataSource pool = EmbeddedDatabaseConfiguration.pool(postgres)) {
			assertThat(JdbcClient.create(pool).sql("select name from kept").query(String.class).single())
				.isEqualTo("示例区");
		}
	}

}
