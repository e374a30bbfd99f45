package org.gongkai.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL keeps its data in the data directory across a stop and a start, and commits durably
 * (zonky's defaults turn fsync and synchronous commits off).
 */
class EmbeddedDatabaseTests {

	@TempDir
	Path dataDir;

	/** No more "trust": a local connection without the password of keys/database.password is refused. */
	@Test
	void aConnectionWithoutThePasswordIsRefused() throws Exception {
		Path pg = dataDir.resolve("pg");
		try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(pg);
				HikariDataSource pool = EmbeddedDatabaseConfiguration.pool(postgres)) {
			assertThat(JdbcClient.create(pool).sql("select 1").query(Integer.class).single()).isOne();
			String url = postgres.getJdbcUrl("postgres", "postgres");
			assertThatThrownBy(() -> DriverManager.getConnection(url).close()).isInstanceOf(SQLException.class)
				.hasMessageContaining("password");
			assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "guessed-password").close())
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("password authentication failed");
			DriverManager.getConnection(url, "postgres", EmbeddedDatabaseConfiguration.password(pg)).close();
			assertThat(dataDir.resolve("keys/database.password")).exists();
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("keys/database.password"))))
				.isEqualTo("rw-------");
		}
	}

	/** A data directory of an older version, whose database trusted local connections, is converted on its start. */
	@Test
	void aDatabaseThatTrustedLocalConnectionsIsConverted() throws Exception {
		Path pg = dataDir.resolve("pg");
		try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(pg)) {
			// as initdb -A trust left it
		}
		Files.writeString(pg.resolve("pg_hba.conf"), "local all all trust\nhost all all 127.0.0.1/32 trust\n");
		Files.delete(dataDir.resolve("keys/database.password"));
		try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(pg)) {
			assertThatThrownBy(() -> DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres")).close())
				.isInstanceOf(SQLException.class);
			DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"), "postgres",
					EmbeddedDatabaseConfiguration.password(pg)).close();
		}
	}

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
