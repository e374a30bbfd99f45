package org.gongkai.platform;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A backup archive holds the keys, the password hashes and every applicant's data: it is readable by its owner only,
 * and sealed with a passphrase when one is given, which the restore then needs; a wrong passphrase or an altered
 * sealed file is refused before anything is written.
 */
@IntegrationTest
class SealedBackupTests {

	private static final String PASSPHRASE = "长城-backup-passphrase-2026";

	@Autowired
	DataSource dataSource;

	@Autowired
	GongkaiProperties properties;

	@TempDir
	Path temporary;

	@Test
	void theArchiveIsReadableByItsOwnerOnly() throws Exception {
		Path file = temporary.resolve("plain.zip");
		backup(file);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	@Test
	void aSealedArchiveRestoresOnlyWithItsPassphrase() throws Exception {
		Path passphraseFile = Files.writeString(temporary.resolve("passphrase"), PASSPHRASE + "\n");
		Path file = temporary.resolve("sealed.bin");
		backup(file, "--passphrase-file", passphraseFile.toString());
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		byte[] bytes = Files.readAllBytes(file);
		assertThat(SealedArchive.isSealed(file)).isTrue();
		assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("manifest.json", "示例区", "personal-data");

		Path target = temporary.resolve("restored");
		assertThatThrownBy(() -> restore(file, target, Optional.empty()))
			.isInstanceOf(BackupArchive.Refused.class)
			.hasMessageContaining("the archive is sealed");
		assertThatThrownBy(() -> restore(file, target, Optional.of("wrong-passphrase".toCharArray())))
			.isInstanceOf(BackupArchive.Refused.class)
			.hasMessageContaining("wrong passphrase");
		assertThat(target).doesNotExist();

		Path altered = temporary.resolve("altered.bin");
		byte[] changed = bytes.clone();
		changed[changed.length / 2] ^= 1;
		Files.write(altered, changed);
		assertThatThrownBy(() -> restore(altered, target, Optional.of(PASSPHRASE.toCharArray())))
			.isInstanceOf(BackupArchive.Refused.class)
			.hasMessageContaining("altered");
		Path cut = temporary.resolve("cut.bin");
		Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 40));
		assertThatThrownBy(() -> restore(cut, target, Optional.of(PASSPHRASE.toCharArray())))
			.isInstanceOf(BackupArchive.Refused.class);
		assertThat(target).doesNotExist();

		BackupManifest manifest = restore(file, target, Optional.of(PASSPHRASE.toCharArray()));
		assertThat(manifest.tables()).extracting(BackupManifest.TableEntry::name).contains("disclosure_request");
		assertThat(target.resolve("keys/personal-data.key")).exists();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target.resolve("keys/personal-data.key"))))
			.isEqualTo("rw-------");
	}

	private BackupManifest restore(Path file, Path target, Optional<char[]> passphrase) throws Exception {
		return Restore.restore(file, new CommandArguments.Settings(target, "", null, null),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), () -> passphrase);
	}

	private void backup(Path file, String... more) {
		JdbcClient jdbc = JdbcClient.create(dataSource);
		await().atMost(Duration.ofMinutes(2))
			.until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
				.query(Long.class)
				.single() == 0);
		String[] args = new String[4 + more.length];
		args[0] = "backup";
		args[1] = "--to";
		args[2] = file.toString();
		args[3] = "--gongkai.data-dir=" + properties.dataDir().toAbsolutePath();
		System.arraycopy(more, 0, args, 4, more.length);
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		int exit = Backup.run(args, new PrintStream(printed, true, StandardCharsets.UTF_8));
		assertThat(exit).as(printed.toString(StandardCharsets.UTF_8)).isZero();
	}

}
