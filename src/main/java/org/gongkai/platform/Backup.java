package org.gongkai.platform;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * {@code java -jar gongkai.jar backup --to FILE [--gongkai.data-dir=DIR] [--spring.datasource.url=…]}: writes a
 * {@link BackupArchive} of the database, the files and the published site, while the application runs or not.
 * <p>
 * Every table is read in one read-only REPEATABLE READ transaction, so the rows are one consistent snapshot. The
 * live site generation is the one that was live while the snapshot was taken (if it switched meanwhile, the
 * snapshot is taken again): a publication committed before the snapshot but not rendered yet keeps its undelivered
 * event in the snapshot, which the restored application delivers again. Files are copied after the snapshot: a file
 * is stored before the row that refers to it commits and is never changed or deleted, so every file of the snapshot
 * is there. The search and assistant indexes are not archived: the application rebuilds them from the database.
 */
public final class Backup {

	static final String DATABASE = "database/";

	static final String FILES = "files/";

	static final String KEYS = "keys/";

	static final String SITE = "site/";

	private Backup() {
	}

	/** Runs the command; returns the process exit code (0 done, 1 refused or failed, 2 bad arguments). */
	public static int run(String[] args, PrintStream out) {
		CommandArguments arguments = CommandArguments.parse(args, "to", "passphrase-file");
		Optional<Path> target = arguments.path("to");
		if (target.isEmpty()) {
			out.println("用法 usage: java -jar gongkai.jar backup --to FILE [--passphrase-file FILE] "
					+ "[--gongkai.data-dir=DIR] [--spring.datasource.url=jdbc:postgresql://…]  (or the passphrase in "
					+ Passphrase.VARIABLE + ")");
			return 2;
		}
		try {
			long started = System.nanoTime();
			CommandArguments.Settings settings = arguments.settings();
			char[] passphrase = Passphrase.given(arguments).orElse(null);
			BackupManifest manifest;
			try (CommandDatabase database = CommandDatabase.existing(settings)) {
				out.println("备份 backing up " + database.description() + " and " + settings.dataDir()
						+ (passphrase == null ? " (not sealed: no passphrase given)"
								: " (sealed with the passphrase, " + cipher(settings.crypto()) + ")"));
				manifest = write(database.dataSource(), settings, target.get(), Clock.systemUTC(), passphrase);
			}
			out.println("已备份 backed up: " + summary(manifest) + " → " + target.get().toAbsolutePath() + " ("
					+ Files.size(target.get()) + " bytes, " + (System.nanoTime() - started) / 1_000_000 + " ms)");
			return 0;
		}
		catch (BackupArchive.Refused e) {
			out.println(e.getMessage());
			return 1;
		}
		catch (Exception e) {
			out.println("备份失败，未写出备份文件 backup failed, no archive written: " + e);
			return 1;
		}
	}

	/** Writes an archive of this database, data directory, site and files to {@code target}. */
	static BackupManifest write(DataSource dataSource, CommandArguments.Settings settings, Path target, Clock clock)
			throws Exception {
		return write(dataSource, settings, target, clock, null);
	}

	/** The cipher a sealed archive of {@code suite} uses, as the command prints it. */
	static String cipher(Crypto.Suite suite) {
		return suite == Crypto.Suite.SM ? "SM4-GCM, PBKDF2-HMAC-SM3" : "AES-256-GCM, PBKDF2-HMAC-SHA256";
	}

	/**
	 * Writes the archive, sealed with {@code passphrase} and the suite of {@code gongkai.crypto} unless the passphrase
	 * is null.
	 */
	static BackupManifest write(DataSource dataSource, CommandArguments.Settings settings, Path target, Clock clock,
			char[] passphrase) throws Exception {
		Path site = settings.siteDir();
		try (Connection connection = dataSource.getConnection();
				BackupArchive.Writer archive = new BackupArchive.Writer(target, passphrase, settings.crypto())) {
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			connection.setReadOnly(true);
			String generation;
			String schemaVersion;
			String created;
			for (int attempt = 1;; attempt++) {
				String before = liveGeneration(site);
				try (Statement statement = connection.createStatement()) {
					// times in the archive do not depend on the server's time zone
					statement.execute("set local time zone 'UTC'");
				}
				// the first query of a REPEATABLE READ transaction takes its snapshot
				schemaVersion = DatabaseTables.schemaVersion(connection);
				created = clock.instant().toString();
				String after = liveGeneration(site);
				if (Objects.equals(before, after)) {
					generation = after;
					break;
				}
				connection.rollback();
				if (attempt == 10) {
					throw new BackupArchive.Refused("站点在备份期间不断切换版本，请稍后再试 the site switched generations during "
							+ attempt + " attempts; try again later");
				}
			}
			String database;
			try (Statement statement = connection.createStatement();
					ResultSet version = statement.executeQuery("select version()")) {
				version.next();
				database = version.getString(1);
			}
			// the site first: a generation stays while fewer than gongkai.site.keep-generations newer ones are made
			BackupManifest.SiteEntry siteEntry = generation == null ? null : addSite(archive, site, generation);
			List<BackupManifest.TableEntry> tables = new ArrayList<>();
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			for (DatabaseTables.Table table : DatabaseTables.inLoadOrder(connection)) {
				String entry = DATABASE + table.name() + ".csv";
				long[] rows = new long[1];
				archive.add(entry, out -> rows[0] = copy.copyOut("COPY " + table.quoted() + " ("
						+ table.quotedColumns() + ") TO STDOUT (FORMAT csv, HEADER true, ENCODING 'UTF8')", out));
				tables.add(new BackupManifest.TableEntry(table.name(), entry, table.columns(), rows[0]));
			}
			List<DatabaseTables.SequencePosition> sequences = DatabaseTables.sequences(connection);
			connection.commit();
			addFolder(archive, settings.filesDir(), FILES);
			// the embedded database's password belongs to that database; a restore gives its new one its own
			addFolder(archive, settings.dataDir().resolve("keys"), KEYS,
					EmbeddedDatabaseConfiguration.PASSWORD_FILE);
			BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, applicationVersion(), schemaVersion,
					created, database, tables, sequences, siteEntry, archive.entries());
			archive.finish(manifest);
			return manifest;
		}
	}

	static String summary(BackupManifest manifest) {
		return manifest.tables().size() + " tables (" + manifest.tables()
			.stream()
			.mapToLong(BackupManifest.TableEntry::rows)
			.sum() + " rows, schema version " + manifest.schemaVersion() + "), "
				+ manifest.entries().keySet().stream().filter(name -> name.startsWith(FILES)).count() + " files, "
				+ manifest.entries().keySet().stream().filter(name -> name.startsWith(SITE)).count()
				+ " site files (generation " + (manifest.site() == null ? "none" : manifest.site().generation()) + ")";
	}

	/** The Gongkai version of the running jar ({@code development} when run from the classes folder). */
	static String applicationVersion() {
		String version = Backup.class.getPackage().getImplementationVersion();
		return version == null ? "development" : version;
	}

	private static String liveGeneration(Path site) throws IOException {
		Path pointer = site.resolve("current");
		return Files.exists(pointer) ? Files.readString(pointer).strip() : null;
	}

	/** Every file of the live generation by the path the portal serves it at, following the agencies' links. */
	private static BackupManifest.SiteEntry addSite(BackupArchive.Writer archive, Path site, String generation)
			throws Exception {
		Path root = site.resolve("generations").resolve(generation);
		List<String> agencies;
		try (Stream<Path> top = Files.list(root)) {
			agencies = top.filter(Files::isSymbolicLink).map(path -> path.getFileName().toString()).sorted().toList();
		}
		List<Path> files;
		try (Stream<Path> all = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
			files = all.filter(Files::isRegularFile).sorted().toList();
		}
		for (Path file : files) {
			archive.add(SITE + relative(root, file), file);
		}
		return new BackupManifest.SiteEntry(generation, agencies);
	}

	/** The regular files of a folder; files being written (temporary names) are left out. */
	private static void addFolder(BackupArchive.Writer archive, Path folder, String prefix, String... leftOut)
			throws Exception {
		if (!Files.isDirectory(folder)) {
			return;
		}
		List<Path> files;
		try (Stream<Path> all = Files.walk(folder)) {
			files = all.filter(path -> Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS))
				.filter(path -> !List.of(leftOut).contains(path.getFileName().toString()))
				.filter(path -> !path.getFileName().toString().endsWith(".part")
						&& !path.getFileName().toString().endsWith(".tmp"))
				.sorted()
				.toList();
		}
		for (Path file : files) {
			archive.add(prefix + relative(folder, file), file);
		}
	}

	private static String relative(Path root, Path file) {
		return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
	}

}
