package org.gongkai.platform;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code backup} and {@code restore} round-trip the demo into a new data directory and database: every table's rows,
 * the sequences, the attachments and documents, the personal-data key and the live site. A damaged archive and a
 * target that is not empty are refused before anything is written.
 */
@IntegrationTest
class BackupTests {

	/** Rows compared at each end of every table, by primary key, all columns. */
	private static final int SAMPLE = 5;

	private static Path archive;

	@Autowired
	DataSource dataSource;

	@Autowired
	GongkaiProperties properties;

	@TempDir
	Path temporary;

	@Test
	void theDemoRoundTripsIntoANewDataDirectoryAndDatabase() throws Exception {
		Path target = temporary.resolve("restored");
		long started = System.nanoTime();
		BackupManifest manifest = backup(temporary.resolve("round-trip.zip"));
		long backupTook = System.nanoTime() - started;
		started = System.nanoTime();
		Restore.restore(temporary.resolve("round-trip.zip"),
				new CommandArguments.Settings(target, "", null, null), System.out);
		long restoreTook = System.nanoTime() - started;
		System.out.printf("BackupTests: demo backup %d ms, restore %d ms, archive %d bytes%n",
				Duration.ofNanos(backupTook).toMillis(), Duration.ofNanos(restoreTook).toMillis(),
				Files.size(temporary.resolve("round-trip.zip")));

		assertThat(manifest.tables()).extracting(BackupManifest.TableEntry::name)
			.contains("agency", "document", "disclosure_request", "event_publication")
			.doesNotContain(DatabaseTables.FLYWAY_HISTORY);
		try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(target.resolve("pg"));
				HikariDataSource restored = EmbeddedDatabaseConfiguration.pool(postgres);
				Connection live = dataSource.getConnection();
				Connection copy = restored.getConnection()) {
			List<DatabaseTables.Table> tables = DatabaseTables.inLoadOrder(live);
			assertThat(DatabaseTables.inLoadOrder(copy)).isEqualTo(tables);
			Map<String, Long> rows = DatabaseTables.rowCounts(live, tables);
			assertThat(DatabaseTables.rowCounts(copy, tables)).isEqualTo(rows);
			assertThat(rows.values().stream().mapToLong(Long::longValue).sum()).isGreaterThan(100);
			for (BackupManifest.TableEntry table : manifest.tables()) {
				assertThat(rows.get(table.name())).as(table.name()).isEqualTo(table.rows());
			}
			JdbcClient liveJdbc = JdbcClient.create(dataSource);
			JdbcClient copyJdbc = JdbcClient.create(restored);
			for (DatabaseTables.Table table : tables) {
				String sample = sample(liveJdbc, table.name());
				assertThat(sample(copyJdbc, table.name())).as(table.name()).isEqualTo(sample);
			}
			String sequences = "select sequencename, last_value from pg_sequences where schemaname = current_schema() "
					+ "order by sequencename";
			assertThat(copyJdbc.sql(sequences).query().listOfRows())
				.isEqualTo(liveJdbc.sql(sequences).query().listOfRows());
			assertThat(DatabaseTables.schemaVersion(copy)).isEqualTo(DatabaseTables.schemaVersion(live))
				.isEqualTo(manifest.schemaVersion());
		}

		Map<String, String> files = hashes(properties.resolve("files"));
		assertThat(files).isNotEmpty().anySatisfy((path, hash) -> assertThat(path).startsWith("documents/"));
		assertThat(hashes(target.resolve("files"))).isEqualTo(files);
		// the keys come back; the embedded database's password is the restored database's own
		Map<String, String> keys = hashes(properties.resolve("keys"));
		Map<String, String> restoredKeys = hashes(target.resolve("keys"));
		assertThat(restoredKeys.remove(EmbeddedDatabaseConfiguration.PASSWORD_FILE))
			.isNotEqualTo(keys.remove(EmbeddedDatabaseConfiguration.PASSWORD_FILE));
		assertThat(restoredKeys).isEqualTo(keys).containsKeys("personal-data.key", "audit-chain.key");

		Path site = target.resolve("site");
		String generation = Files.readString(site.resolve("current")).strip();
		assertThat(generation).isEqualTo(manifest.site().generation());
		Path restoredGeneration = site.resolve("generations").resolve(generation);
		assertThat(hashes(restoredGeneration))
			.isEqualTo(hashes(properties.resolve("site").resolve("generations").resolve(generation)))
			.containsKey("demo-bureau/index.html");
		assertThat(Files.isSymbolicLink(restoredGeneration.resolve("demo-bureau"))).isTrue();
		Properties siteManifest = new Properties();
		try (Reader in = Files.newBufferedReader(restoredGeneration.resolve("manifest.properties"))) {
			siteManifest.load(in);
		}
		// the manifest's digest is SHA-256, or SM3 with gongkai.crypto=sm (its first line says which)
		Crypto.Suite suite = Files.readAllLines(restoredGeneration.resolve("manifest.properties")).get(0).contains("SM3")
				? Crypto.Suite.SM : Crypto.Suite.STANDARD;
		Map<String, String> restoredSite = new TreeMap<>();
		for (String path : siteManifest.stringPropertyNames()) {
			Path file = restoredGeneration.resolve(path);
			if (Files.isRegularFile(file)) {
				restoredSite.put(path, Crypto.digest(suite, Files.readAllBytes(file)));
			}
		}
		assertThat(siteManifest.stringPropertyNames()).isNotEmpty()
			.allSatisfy(path -> assertThat(restoredSite.get(path)).as(path).isEqualTo(siteManifest.getProperty(path)));
	}

	@Test
	void theCommandsRunThroughTheirArguments() throws Exception {
		Path file = archive();
		String printed = run(Backup::run, "backup");
		assertThat(printed).contains("usage");
		try (ZipFile zip = new ZipFile(file.toFile())) {
			BackupManifest manifest = BackupManifest.read(zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes());
			assertThat(manifest.format()).isEqualTo(BackupManifest.FORMAT);
			assertThat(manifest.application()).isNotBlank();
			assertThat(manifest.database()).contains("PostgreSQL");
			assertThat(manifest.entries()).containsKey("database/agency.csv");
			String agencies = new String(zip.getInputStream(zip.getEntry("database/agency.csv")).readAllBytes(),
					StandardCharsets.UTF_8);
			assertThat(agencies).contains("示例区人民政府").startsWith("id,");
		}
	}

	@Test
	void aDamagedArchiveIsRefusedAndNothingIsWritten() throws Exception {
		Path damaged = temporary.resolve("damaged.zip");
		rewrite(archive(), damaged, "database/agency.csv", text -> text.replace("示例区某局", "示例区某某局"));
		Path target = temporary.resolve("target");
		String printed = restore(damaged, target, 1);
		assertThat(printed).contains("the archive is damaged or altered", "database/agency.csv");
		assertThat(target).doesNotExist();

		Path truncated = temporary.resolve("truncated.zip");
		byte[] whole = Files.readAllBytes(archive());
		Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
		assertThat(restore(truncated, target, 1)).contains("not a zip archive");
		assertThat(target).doesNotExist();

		Path newer = temporary.resolve("newer.zip");
		rewrite(archive(), newer, "manifest.json", text -> text.replaceFirst("\"schemaVersion\" : \"[^\"]+\"",
				"\"schemaVersion\" : \"9999\""));
		assertThat(restore(newer, target, 1)).contains("schema version 9999 is newer");
		assertThat(target).doesNotExist();
	}

	@Test
	void aTargetThatIsNotEmptyIsRefused() throws Exception {
		Path target = Files.createDirectories(temporary.resolve("used"));
		Files.writeString(target.resolve("notes.txt"), "已有数据");
		assertThat(restore(archive(), target, 1)).contains("数据目录不是空的", "the data directory is not empty");
		try (Stream<Path> left = Files.list(target)) {
			assertThat(left.toList()).containsExactly(target.resolve("notes.txt"));
		}

		HikariDataSource live = (HikariDataSource) dataSource;
		int tablesBefore = JdbcClient.create(dataSource).sql("select count(*) from pg_tables").query(Integer.class).single();
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		Path empty = temporary.resolve("empty");
		try {
			Restore.restore(archive(), new CommandArguments.Settings(empty, live.getJdbcUrl(), live.getUsername(),
					live.getPassword()), new PrintStream(printed, true, StandardCharsets.UTF_8));
			throw new AssertionError("a restore into a database with tables went ahead");
		}
		catch (BackupArchive.Refused e) {
			assertThat(e.getMessage()).contains("目标数据库不是空的", "the target database is not empty");
		}
		assertThat(JdbcClient.create(dataSource).sql("select count(*) from pg_tables").query(Integer.class).single())
			.isEqualTo(tablesBefore);
		assertThat(empty).satisfiesAnyOf(path -> assertThat(path).doesNotExist(),
				path -> assertThat(path).isEmptyDirectory());
	}

	/** One archive of the demo, written through the command's arguments as an operator would. */
	private synchronized Path archive() throws Exception {
		if (archive == null) {
			Path file = Files.createTempDirectory(Path.of("target"), "backup").resolve("demo.zip");
			backup(file);
			archive = file;
		}
		return archive;
	}

	private BackupManifest backup(Path file) throws Exception {
		JdbcClient jdbc = JdbcClient.create(dataSource);
		// the demo's events delivered, so that nothing changes between the backup and the comparison
		await().atMost(Duration.ofMinutes(2))
			.until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
				.query(Long.class)
				.single() == 0);
		String printed = run(Backup::run, "backup", "--to", file.toString(),
				"--gongkai.data-dir=" + properties.dataDir().toAbsolutePath());
		assertThat(printed).contains("已备份 backed up");
		try (ZipFile zip = new ZipFile(file.toFile())) {
			return BackupManifest.read(zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes());
		}
	}

	private String restore(Path file, Path target, int exit) {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
		try {
			Restore.restore(file, new CommandArguments.Settings(target, "", null, null), out);
			assertThat(exit).as("restore went ahead: " + printed.toString(StandardCharsets.UTF_8)).isZero();
		}
		catch (BackupArchive.Refused e) {
			out.println(e.getMessage());
			assertThat(exit).as(e.getMessage()).isEqualTo(1);
		}
		catch (Exception e) {
			throw new AssertionError(e);
		}
		return printed.toString(StandardCharsets.UTF_8);
	}

	private interface Command {

		int run(String[] args, PrintStream out);

	}

	private static String run(Command command, String... args) {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		int exit = command.run(args, new PrintStream(printed, true, StandardCharsets.UTF_8));
		String text = printed.toString(StandardCharsets.UTF_8);
		assertThat(exit).as(text).isEqualTo(args.length == 1 ? 2 : 0);
		return text;
	}

	/** The first and the last rows by primary key (or by all columns), every column, as JSON. */
	private static String sample(JdbcClient jdbc, String table) {
		List<String> key = jdbc.sql("""
				select a.attname from pg_index i
				join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
				where i.indrelid = ?::regclass and i.indisprimary order by a.attnum""")
			.param(DatabaseTables.quote(table))
			.query(String.class)
			.list();
		String ascending = key.isEmpty() ? "to_jsonb(t)::text"
				: String.join(", ", key.stream().map(DatabaseTables::quote).toList());
		String descending = key.isEmpty() ? "to_jsonb(t)::text desc"
				: String.join(", ", key.stream().map(column -> DatabaseTables.quote(column) + " desc").toList());
		String quoted = DatabaseTables.quote(table);
		return String.join("\n", jdbc.sql("(select to_jsonb(t)::text from " + quoted + " t order by " + ascending
				+ " limit " + SAMPLE + ") union all (select to_jsonb(t)::text from " + quoted + " t order by "
				+ descending + " limit " + SAMPLE + ")").query(String.class).list());
	}

	/** Every regular file under a folder (links followed) by relative path, with its SHA-256. */
	private static Map<String, String> hashes(Path folder) throws Exception {
		Map<String, String> hashes = new TreeMap<>();
		List<Path> files;
		try (Stream<Path> all = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
			files = all.filter(Files::isRegularFile)
				.filter(path -> !path.toString().endsWith(".part") && !path.toString().endsWith(".tmp"))
				.toList();
		}
		for (Path file : files) {
			hashes.put(folder.relativize(file).toString(), Sha256.hex(Files.readAllBytes(file)));
		}
		return hashes;
	}

	/** Copies a zip, changing the text of one entry. */
	private static void rewrite(Path source, Path target, String name,
			java.util.function.UnaryOperator<String> change) throws Exception {
		try (ZipFile zip = new ZipFile(source.toFile()); OutputStream file = Files.newOutputStream(target);
				ZipOutputStream out = new ZipOutputStream(file)) {
			List<ZipEntry> entries = new ArrayList<>(Collections.list(zip.entries()));
			for (ZipEntry entry : entries) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				try (InputStream in = zip.getInputStream(entry)) {
					byte[] bytes = in.readAllBytes();
					if (entry.getName().equals(name)) {
						String changed = change.apply(new String(bytes, StandardCharsets.UTF_8));
						assertThat(changed).as("the change applies").isNotEqualTo(new String(bytes, StandardCharsets.UTF_8));
						bytes = changed.getBytes(StandardCharsets.UTF_8);
					}
					out.write(bytes);
				}
				out.closeEntry();
			}
		}
	}

}
