package org.gongkai.platform;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Sealed backup archives follow {@code gongkai.crypto} (issue 19): in 国密 mode they are SM4-GCM under a
 * PBKDF2-HMAC-SM3 key, the header names the suite, and a restore opens an archive of either suite whatever the mode
 * it runs in — an AES archive made before the switch to {@code sm}, an SM4 archive after a switch back, and an archive
 * of the first format, which named no suite.
 */
@IntegrationTest
class SealedBackupSuitesTests {

	private static final String PASSPHRASE = "长城-backup-passphrase-2026";

	@Autowired
	DataSource dataSource;

	@Autowired
	GongkaiProperties properties;

	@TempDir
	Path temporary;

	@Test
	void anArchiveSealedInGuomiModeIsSm4AndRestoresInStandardMode() throws Exception {
		Path file = temporary.resolve("sm.bin");
		String printed = backup(file, "sm");
		assertThat(printed).contains("SM4-GCM");
		assertThat(SealedArchive.isSealed(file)).isTrue();
		assertThat(SealedArchive.suite(file)).isEqualTo(Crypto.Suite.SM);
		byte[] bytes = Files.readAllBytes(file);
		assertThat(Arrays.copyOf(bytes, 20)).isEqualTo("GONGKAI-SEALED-2\n\u0002sm".getBytes(StandardCharsets.US_ASCII));

		// the first chunk opens with SM4-GCM itself (BouncyCastle, not through the application's code) into a zip
		byte[] header = Arrays.copyOf(bytes, 20 + 16 + 4 + 8);
		byte[] salt = Arrays.copyOfRange(header, 20, 36);
		int iterations = ByteBuffer.wrap(header, 36, 4).getInt();
		byte[] prefix = Arrays.copyOfRange(header, 40, 48);
		int length = ByteBuffer.wrap(bytes, header.length, 4).getInt();
		byte[] chunk = Arrays.copyOfRange(bytes, header.length + 4, header.length + 4 + length);
		byte[] key = pbkdf2Sm3(PASSPHRASE, salt, iterations);
		HMac hmac = new HMac(new SM3Digest());
		hmac.init(new KeyParameter(key));
		byte[] label = "gongkai SM4-GCM key".getBytes(StandardCharsets.UTF_8);
		hmac.update(label, 0, label.length);
		byte[] mac = new byte[32];
		hmac.doFinal(mac, 0);
		GCMModeCipher sm4 = GCMBlockCipher.newInstance(new SM4Engine());
		sm4.init(false, new AEADParameters(new KeyParameter(Arrays.copyOf(mac, 16)), 128,
				ByteBuffer.allocate(12).put(prefix).putInt(0).array()));
		byte[] associated = Arrays.copyOf(header, header.length + 1);
		associated[header.length] = (byte) (chunk.length - 16 < (1 << 20) ? 1 : 0);
		sm4.processAADBytes(associated, 0, associated.length);
		byte[] plain = new byte[sm4.getOutputSize(chunk.length)];
		int opened = sm4.processBytes(chunk, 0, chunk.length, plain, 0);
		opened += sm4.doFinal(plain, opened);
		assertThat(Arrays.copyOf(plain, 4)).as("a zip archive").isEqualTo(new byte[] { 'P', 'K', 3, 4 });

		Path target = temporary.resolve("restored-standard");
		assertThatThrownBy(() -> restore(file, target, Crypto.Suite.STANDARD, "wrong-passphrase"))
			.isInstanceOf(BackupArchive.Refused.class)
			.hasMessageContaining("wrong passphrase");
		Path renamed = temporary.resolve("renamed-suite.bin");
		byte[] otherSuite = bytes.clone();
		otherSuite[18] = 'x';
		Files.write(renamed, otherSuite);
		assertThatThrownBy(() -> restore(renamed, target, Crypto.Suite.STANDARD, PASSPHRASE))
			.isInstanceOf(BackupArchive.Refused.class)
			.hasMessageContaining("unknown suite");
		assertThat(target).doesNotExist();

		BackupManifest manifest = restore(file, target, Crypto.Suite.STANDARD, PASSPHRASE);
		assertThat(manifest.tables()).extracting(BackupManifest.TableEntry::name).contains("disclosure_request");
		assertThat(target.resolve("keys/personal-data.key")).exists();
	}

	@Test
	void anAesArchiveMadeBeforeTheSwitchRestoresInGuomiMode() throws Exception {
		Path file = temporary.resolve("aes.bin");
		assertThat(backup(file, "standard")).contains("AES-256-GCM");
		assertThat(SealedArchive.suite(file)).isEqualTo(Crypto.Suite.STANDARD);
		assertThat(Arrays.copyOf(Files.readAllBytes(file), 26))
			.isEqualTo("GONGKAI-SEALED-2\n\u0008standard".getBytes(StandardCharsets.US_ASCII));

		Path target = temporary.resolve("restored-sm");
		BackupManifest manifest = restore(file, target, Crypto.Suite.SM, PASSPHRASE);
		assertThat(manifest.tables()).extracting(BackupManifest.TableEntry::name).contains("disclosure_request");
		assertThat(target.resolve("keys/personal-data.key")).exists();
	}

	/**
	 * An archive of the first format (magic {@code GONGKAI-SEALED-1}, AES-256-GCM, no suite), sealed here by an
	 * independent writer of that format with the JDK's ciphers, opens to the very archive that was sealed.
	 */
	@Test
	void anArchiveOfTheFirstFormatStillOpens() throws Exception {
		Path plain = temporary.resolve("plain.zip");
		backup(plain, null);
		Path first = temporary.resolve("first-format.bin");
		sealFirstFormat(Files.readAllBytes(plain), first);
		assertThat(SealedArchive.isSealed(first)).isTrue();
		assertThat(SealedArchive.suite(first)).isEqualTo(Crypto.Suite.STANDARD);
		Path opened = temporary.resolve("opened.zip");
		SealedArchive.open(first, PASSPHRASE.toCharArray(), opened);
		assertThat(Files.mismatch(plain, opened)).isEqualTo(-1L);
		assertThatThrownBy(() -> SealedArchive.open(first, "wrong".toCharArray(), temporary.resolve("wrong.zip")))
			.isInstanceOf(BackupArchive.Refused.class)
			.hasMessageContaining("wrong passphrase");
	}

	/** The first format: magic, salt, iterations, nonce prefix; chunks of 1 MiB, AAD the header and a last flag. */
	private static void sealFirstFormat(byte[] archive, Path target) throws Exception {
		SecureRandom random = new SecureRandom();
		byte[] salt = new byte[16];
		byte[] prefix = new byte[8];
		random.nextBytes(salt);
		random.nextBytes(prefix);
		byte[] header = ByteBuffer.allocate(17 + 16 + 4 + 8)
			.put("GONGKAI-SEALED-1\n".getBytes(StandardCharsets.US_ASCII))
			.put(salt)
			.putInt(600_000)
			.put(prefix)
			.array();
		SecretKeySpec key = new SecretKeySpec(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
			.generateSecret(new PBEKeySpec(PASSPHRASE.toCharArray(), salt, 600_000, 256))
			.getEncoded(), "AES");
		try (OutputStream out = Files.newOutputStream(target)) {
			out.write(header);
			int chunk = 1 << 20;
			for (int index = 0, from = 0;; index++, from += chunk) {
				boolean last = from + chunk >= archive.length;
				Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
				cipher.init(Cipher.ENCRYPT_MODE, key,
						new GCMParameterSpec(128, ByteBuffer.allocate(12).put(prefix).putInt(index).array()));
				cipher.updateAAD(header);
				cipher.updateAAD(new byte[] { (byte) (last ? 1 : 0) });
				byte[] sealed = cipher.doFinal(archive, from, Math.min(chunk, archive.length - from));
				out.write(ByteBuffer.allocate(4).putInt(sealed.length).array());
				out.write(sealed);
				if (last) {
					return;
				}
			}
		}
	}

	private static byte[] pbkdf2Sm3(String passphrase, byte[] salt, int iterations) {
		org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator pbkdf2 = new org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator(
				new SM3Digest());
		pbkdf2.init(passphrase.getBytes(StandardCharsets.UTF_8), salt, iterations);
		return ((KeyParameter) pbkdf2.generateDerivedParameters(256)).getKey();
	}

	private BackupManifest restore(Path file, Path target, Crypto.Suite mode, String passphrase) throws Exception {
		return Restore.restore(file, new CommandArguments.Settings(target, "", null, null, mode),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				() -> Optional.of(passphrase.toCharArray()));
	}

	/** Backs up with {@code gongkai.crypto} set to {@code mode}, sealed unless the mode is null; answers what it printed. */
	private String backup(Path file, String mode) throws Exception {
		JdbcClient jdbc = JdbcClient.create(dataSource);
		await().atMost(Duration.ofMinutes(2))
			.until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
				.query(Long.class)
				.single() == 0);
		java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("backup", "--to", file.toString(),
				"--gongkai.data-dir=" + properties.dataDir().toAbsolutePath()));
		if (mode != null) {
			Path passphraseFile = Files.writeString(temporary.resolve("passphrase-" + mode), PASSPHRASE + "\n");
			args.addAll(java.util.List.of("--passphrase-file", passphraseFile.toString(), "--gongkai.crypto=" + mode));
		}
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		int exit = Backup.run(args.toArray(String[]::new), new PrintStream(printed, true, StandardCharsets.UTF_8));
		assertThat(exit).as(printed.toString(StandardCharsets.UTF_8)).isZero();
		return printed.toString(StandardCharsets.UTF_8);
	}

}
