package org.gongkai.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * {@code java -jar gongkai.jar restore --from FILE [--gongkai.data-dir=DIR] [--spring.datasource.url=…]}: restores
 * a {@link BackupArchive} onto an empty data directory and an empty database (the embedded one, created in the data
 * directory, or the external one of {@code spring.datasource.url}); anything else is refused before it is touched.
 * <p>
 * First every entry is checked against the manifest's SHA-256 and the schema version against the migrations this
 * version of Gongkai carries (an archive from a newer schema is refused). Then Flyway creates the schema at the
 * archive's version; in one transaction the rows its migrations inserted are replaced by the archive's (with
 * triggers and foreign-key checks off when the user may, otherwise in the order of the foreign keys) and the
 * sequences are set where they stood; then the files, the key and the site generation are written. A newer Gongkai
 * migrates the restored schema further when it starts. If anything fails, what was written into the data directory
 * is removed again.
 */
public final class Restore {

	private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9_.]*)__.*\\.sql");

	/** Spring Modulith creates its event publication tables itself; a restore creates them from its scripts. */
	private static final Set<String> EVENT_TABLES = Set.of("event_publication", "event_publication_archive");

	private Restore() {
	}

	/** Runs the command; returns the process exit code (0 done, 1 refused or failed, 2 bad arguments). */
	public static int run(String[] args, PrintStream out) {
		CommandArguments arguments = CommandArguments.parse(args, "from", "passphrase-file");
		Optional<Path> source = arguments.path("from");
		if (source.isEmpty()) {
			out.println("用法 usage: java -jar gongkai.jar restore --from FILE [--passphrase-file FILE] "
					+ "[--gongkai.data-dir=DIR] [--spring.datasource.url=jdbc:postgresql://…]");
			return 2;
		}
		try {
			long started = System.nanoTime();
			CommandArguments.Settings settings = arguments.settings();
			BackupManifest manifest = restore(source.get(), settings, out,
					() -> Passphrase.given(arguments).or(Passphrase::asked));
			out.println("已恢复 restored: " + Backup.summary(manifest) + " into " + settings.dataDir() + " ("
					+ (System.nanoTime() - started) / 1_000_000 + " ms)");
			return 0;
		}
		catch (BackupArchive.Refused e) {
			out.println(e.getMessage());
			return 1;
		}
		catch (Exception e) {
			out.println("恢复失败 restore failed: " + e);
			return 1;
		}
	}

	/** Restores an archive that is not sealed. */
	static BackupManifest restore(Path file, CommandArguments.Settings settings, PrintStream out) throws Exception {
		return restore(file, settings, out, Optional::empty);
	}

	/**
	 * Restores the archive into the data directory and database of these settings; a sealed archive is opened first
	 * into a temporary file readable by its owner only, with the passphrase {@code passphrase} gives.
	 */
	static BackupManifest restore(Path file, CommandArguments.Settings settings, PrintStream out,
			java.util.function.Supplier<Optional<char[]>> passphrase) throws Exception {
		if (!Files.isRegularFile(file) || !SealedArchive.isSealed(file)) {
			return restorePlain(file, settings, out);
		}
		char[] given = passphrase.get()
			.orElseThrow(() -> new BackupArchive.Refused("备份已用口令加密，请用 --passphrase-file 或 " + Passphrase.VARIABLE
					+ " 提供口令 the archive is sealed: give its passphrase with --passphrase-file or " + Passphrase.VARIABLE));
		Path plain = Files.createTempFile("gongkai-restore-", ".zip");
		try {
			// the header names the suite: an archive of either suite opens whatever gongkai.crypto is now
			out.println("打开加密备份 opening the sealed archive (" + Backup.cipher(SealedArchive.suite(file)) + ")");
			SealedArchive.open(file, given, plain);
			return restorePlain(plain, settings, out);
		}
		finally {
			Files.deleteIfExists(plain);
		}
	}

	private static BackupManifest restorePlain(Path file, CommandArguments.Settings settings, PrintStream out)
			throws Exception {
		try (BackupArchive.Reader archive = BackupArchive.Reader.open(file)) {
			Path dataDir = settings.dataDir();
			for (Path target : List.of(dataDir, settings.siteDir(), settings.filesDir())) {
				if (Files.exists(target) && !empty(target)) {
					throw new BackupArchive.Refused("数据目录不是空的，拒绝恢复 the data directory is not empty, restore refused: "
							+ target + " (restore only into a new or empty directory)");
				}
			}
			archive.verify();
			BackupManifest manifest = archive.manifest();
			MigrationVersion wanted = MigrationVersion.fromVersion(manifest.schemaVersion());
			MigrationVersion latest = latestMigration(settings.flywayLocations());
			if (wanted.isNewerThan(latest)) {
				throw new BackupArchive.Refused("备份的数据库结构版本 " + manifest.schemaVersion() + " 比本程序的 " + latest
						+ " 新，请用写出该备份的版本（" + manifest.application() + "）或更新的版本恢复 the archive's schema version "
						+ manifest.schemaVersion() + " is newer than this Gongkai's " + latest + "; restore with "
						+ manifest.application() + " or later");
			}
			out.println("恢复 restoring " + file.toAbsolutePath() + " (written " + manifest.created() + " by Gongkai "
					+ manifest.application() + ", schema version " + manifest.schemaVersion() + ")");
			boolean databaseTouched = false;
			try {
				try (CommandDatabase database = CommandDatabase.empty(settings)) {
					databaseTouched = true;
					createSchema(database.dataSource(), settings, manifest);
					load(database.dataSource(), archive, manifest);
				}
				restoreFolder(archive, Backup.FILES, settings.filesDir());
				restoreFolder(archive, Backup.KEYS, dataDir.resolve("keys"));
				restoreKeyPermissions(dataDir.resolve("keys"));
				if (manifest.site() != null) {
					restoreSite(archive, manifest.site(), settings.siteDir());
				}
				return manifest;
			}
			catch (Exception e) {
				clear(settings.siteDir());
				clear(settings.filesDir());
				clear(dataDir);
				if (databaseTouched && settings.external()) {
					out.println("外部数据库中可能留有部分表，请清空后再恢复 the external database may hold part of the schema: "
							+ "drop and recreate it before trying again");
				}
				throw e;
			}
		}
	}

	/** The highest version among the versioned migrations this Gongkai carries. */
	static MigrationVersion latestMigration(List<String> locations) throws IOException {
		MigrationVersion latest = MigrationVersion.EMPTY;
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		for (String location : locations) {
			String base = location.startsWith("filesystem:") ? "file:" + location.substring("filesystem:".length())
					: location.startsWith("classpath:") ? "classpath*:" + location.substring("classpath:".length())
							: "classpath*:" + location;
			for (Resource resource : resolver.getResources(base + "/**/V*__*.sql")) {
				Matcher matcher = VERSIONED.matcher(Optional.ofNullable(resource.getFilename()).orElse(""));
				if (matcher.matches()) {
					MigrationVersion version = MigrationVersion.fromVersion(matcher.group(1).replace('_', '.'));
					if (version.isNewerThan(latest)) {
						latest = version;
					}
				}
			}
		}
		return latest;
	}

	/** Flyway migrates to the archive's version; the event publication tables are created as Modulith does. */
	private static void createSchema(DataSource dataSource, CommandArguments.Settings settings,
			BackupManifest manifest) throws Exception {
		Flyway.configure()
			.dataSource(dataSource)
			.locations(settings.flywayLocations().toArray(String[]::new))
			.placeholderReplacement(settings.flywayPlaceholders())
			.target(MigrationVersion.fromVersion(manifest.schemaVersion()))
			.load()
			.migrate();
		try (Connection connection = dataSource.getConnection()) {
			Set<String> present = DatabaseTables.names(connection);
			List<String> missing = new ArrayList<>();
			for (BackupManifest.TableEntry table : manifest.tables()) {
				if (present.contains(table.name())) {
					continue;
				}
				if (EVENT_TABLES.contains(table.name())) {
					String schema = table.columns().contains("status") ? "v2" : "v1";
					String script = "/org/springframework/modulith/events/jdbc/schemas/" + schema + "/schema-postgresql"
							+ (table.name().endsWith("_archive") ? "-archive" : "") + ".sql";
					try (InputStream in = Restore.class.getResourceAsStream(script);
							Statement statement = connection.createStatement()) {
						if (in == null) {
							throw new IOException("Spring Modulith's script " + script + " is not on the class path");
						}
						for (String sql : new String(in.readAllBytes(), StandardCharsets.UTF_8).split(";")) {
							if (!sql.isBlank()) {
								statement.execute(sql);
							}
						}
					}
				}
				else {
					missing.add(table.name());
				}
			}
			if (!missing.isEmpty()) {
				throw new BackupArchive.Refused("备份中的表在版本 " + manifest.schemaVersion()
						+ " 的数据库结构中不存在 the schema at version " + manifest.schemaVersion()
						+ " has no tables named " + missing);
			}
		}
	}

	/** Loads every table in one transaction, then sets the sequences. */
	private static void load(DataSource dataSource, BackupArchive.Reader archive, BackupManifest manifest)
			throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				boolean superuser;
				try (ResultSet rows = statement.executeQuery("select current_setting('is_superuser')")) {
					rows.next();
					superuser = rows.getString(1).equals("on");
				}
				// replica: no triggers, no foreign-key checks (the rows were consistent when they were read)
				statement.execute(superuser ? "set local session_replication_role = replica"
						: "set constraints all deferred");
				// the rows some migrations insert (the calendar's years, default settings) are in the archive as
				// they stood, changed or not
				statement.execute("truncate " + String.join(", ", manifest.tables()
					.stream()
					.map(table -> DatabaseTables.quote(table.name()))
					.toList()));
			}
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			for (BackupManifest.TableEntry table : manifest.tables()) {
				DatabaseTables.Table target = new DatabaseTables.Table(table.name(), table.columns());
				long rows;
				try (InputStream in = archive.open(table.entry())) {
					rows = copy.copyIn("COPY " + target.quoted() + " (" + target.quotedColumns()
							+ ") FROM STDIN (FORMAT csv, HEADER true, ENCODING 'UTF8')", in);
				}
				if (rows != table.rows()) {
					throw new SQLException(table.name() + ": " + rows + " rows loaded, the manifest says " + table.rows());
				}
			}
			DatabaseTables.resetSequences(connection, manifest.sequences());
			connection.commit();
			connection.setAutoCommit(true);
			try (Statement statement = connection.createStatement()) {
				statement.execute("analyze");
			}
		}
	}

	private static void restoreFolder(BackupArchive.Reader archive, String prefix, Path folder) throws IOException {
		for (String entry : archive.entriesUnder(prefix)) {
			if (entry.equals(Backup.KEYS + EmbeddedDatabaseConfiguration.PASSWORD_FILE)) {
				continue; // the new database has its own
			}
			archive.copy(entry, folder.resolve(entry.substring(prefix.length())));
		}
	}

	private static void restoreKeyPermissions(Path keys) throws IOException {
		if (!Files.isDirectory(keys)) {
			return;
		}
		try (Stream<Path> files = Files.list(keys)) {
			for (Path key : files.toList()) {
				try {
					Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
				}
				catch (UnsupportedOperationException e) {
					// not a POSIX file system: the directory's own permissions protect it
				}
			}
		}
	}

	/**
	 * Writes the site generation as the publishing module lays it out: the generation folder with its top-level
	 * files, one version folder per agency under {@code site/agencies/<code>/<generation>} linked from it, and the
	 * pointer {@code site/current}.
	 */
	private static void restoreSite(BackupArchive.Reader archive, BackupManifest.SiteEntry site, Path root)
			throws IOException, BackupArchive.Refused {
		if (!BackupArchive.safe(site.generation()) || site.generation().contains("/")
				|| site.agencies().stream().anyMatch(code -> !BackupArchive.safe(code) || code.contains("/"))) {
			throw new BackupArchive.Refused("站点版本名称不安全 unsafe site generation or agency name in the manifest");
		}
		Path generation = root.resolve("generations").resolve(site.generation());
		Files.createDirectories(generation);
		for (String code : site.agencies()) {
			Path version = root.resolve("agencies").resolve(code).resolve(site.generation());
			Files.createDirectories(version);
			Files.createSymbolicLink(generation.resolve(code), generation.relativize(version));
		}
		for (String entry : archive.entriesUnder(Backup.SITE)) {
			String path = entry.substring(Backup.SITE.length());
			int slash = path.indexOf('/');
			boolean ofAgency = slash > 0 && site.agencies().contains(path.substring(0, slash));
			Path file = ofAgency ? root.resolve("agencies").resolve(path.substring(0, slash))
				.resolve(site.generation())
				.resolve(path.substring(slash + 1)) : generation.resolve(path);
			archive.copy(entry, file);
		}
		DurableFiles.writeString(root.resolve("current"), site.generation());
	}

	private static boolean empty(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return false;
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		}
	}

	/** Removes what a failed restore wrote; the directory was empty before. */
	private static void clear(Path dataDir) throws IOException {
		if (!Files.isDirectory(dataDir)) {
			return;
		}
		try (Stream<Path> entries = Files.walk(dataDir)) {
			for (Path entry : entries.sorted(Comparator.reverseOrder()).toList()) {
				if (!entry.equals(dataDir)) {
					Files.deleteIfExists(entry);
				}
			}
		}
	}

}
