package org.gongkai.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database a backup or restore command works on: the external PostgreSQL of {@code spring.datasource.url}, or
 * the embedded one in {@code ${gongkai.data-dir}/pg} — reached on its port while the application runs (read from
 * PostgreSQL's {@code postmaster.pid}), or started for the command and stopped after it.
 */
final class CommandDatabase implements AutoCloseable {

	private final DataSource dataSource;

	private final EmbeddedPostgres started;

	private final String description;

	private CommandDatabase(DataSource dataSource, EmbeddedPostgres started, String description) {
		this.dataSource = dataSource;
		this.started = started;
		this.description = description;
	}

	/** The database the application uses. */
	static CommandDatabase existing(CommandArguments.Settings settings) throws BackupArchive.Refused, IOException {
		if (settings.external()) {
			return external(settings);
		}
		Path pg = settings.dataDir().resolve("pg");
		if (!Files.exists(pg.resolve("PG_VERSION"))) {
			throw new BackupArchive.Refused("数据目录中没有数据库 no database under " + pg
					+ " (set --gongkai.data-dir=DIR, or --spring.datasource.url for an external PostgreSQL)");
		}
		Path pid = pg.resolve("postmaster.pid");
		if (Files.exists(pid)) {
			List<String> lines = Files.readAllLines(pid);
			boolean running = lines.size() > 3 && ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
				.map(ProcessHandle::isAlive)
				.orElse(false);
			if (running) {
				PGSimpleDataSource source = new PGSimpleDataSource();
				source.setURL("jdbc:postgresql://localhost:" + lines.get(3).strip() + "/postgres");
				source.setUser("postgres");
				source.setPassword(EmbeddedDatabaseConfiguration.password(pg));
				return new CommandDatabase(source, null,
						"embedded PostgreSQL (running, port " + lines.get(3).strip() + ") in " + pg);
			}
		}
		EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(pg);
		return new CommandDatabase(postgres.getPostgresDatabase(), postgres, "embedded PostgreSQL in " + pg);
	}

	/**
	 * A database to restore into: a new embedded one in the (empty) data directory, or the external one, which
	 * must hold no table yet.
	 */
	static CommandDatabase empty(CommandArguments.Settings settings)
			throws BackupArchive.Refused, IOException, SQLException {
		if (settings.external()) {
			CommandDatabase database = external(settings);
			try (Connection connection = database.dataSource().getConnection()) {
				Set<String> tables = DatabaseTables.names(connection);
				if (!tables.isEmpty()) {
					throw new BackupArchive.Refused("目标数据库不是空的，拒绝恢复 the target database is not empty, restore refused: "
							+ settings.url() + " holds " + tables.size() + " tables/sequences, e.g. "
							+ tables.iterator().next() + " (restore only into a new, empty database)");
				}
			}
			return database;
		}
		EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(settings.dataDir().resolve("pg"));
		return new CommandDatabase(postgres.getPostgresDatabase(), postgres,
				"embedded PostgreSQL in " + settings.dataDir().resolve("pg"));
	}

	private static CommandDatabase external(CommandArguments.Settings settings) {
		PGSimpleDataSource source = new PGSimpleDataSource();
		source.setURL(settings.url());
		if (settings.username() != null) {
			source.setUser(settings.username());
		}
		if (settings.password() != null) {
			source.setPassword(settings.password());
		}
		return new CommandDatabase(source, null, settings.url());
	}

	DataSource dataSource() {
		return dataSource;
	}

	String description() {
		return description;
	}

	@Override
	public void close() throws IOException {
		if (started != null) {
			started.close();
		}
	}

}
