package org.gongkai.platform;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A backup archive sealed with a passphrase: AES-256-GCM with a key derived by PBKDF2-HMAC-SHA256 (600,000
 * iterations, a random salt), in chunks of 1 MiB so that neither side holds the archive in memory. Each chunk's nonce
 * holds its number and its authenticated data the header and whether it is the last, so chunks cannot be altered,
 * reordered, dropped or cut off without the restore refusing the file. Only the JDK's own ciphers are used.
 */
final class SealedArchive {

	static final byte[] MAGIC = "GONGKAI-SEALED-1\n".getBytes(StandardCharsets.US_ASCII);

	static final int ITERATIONS = 600_000;

	private static final int CHUNK = 1 << 20;

	private SealedArchive() {
	}

	/** Whether the file starts like a sealed archive. */
	static boolean isSealed(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
		}
	}

	/** A stream that seals what is written to it into {@code out}; closing it writes the last chunk. */
	static OutputStream sealing(OutputStream out, char[] passphrase) throws IOException {
		SecureRandom random = new SecureRandom();
		byte[] salt = new byte[16];
		byte[] prefix = new byte[8];
		random.nextBytes(salt);
		random.nextBytes(prefix);
		byte[] header = header(salt, ITERATIONS, prefix);
		out.write(header);
		SecretKeySpec key = key(passphrase, salt, ITERATIONS);
		return new OutputStream() {

			private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(CHUNK);

			private int index;

			@Override
			public void write(int b) throws IOException {
				buffer.write(b);
				flushFull();
			}

			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				while (length > 0) {
					int n = Math.min(length, CHUNK - buffer.size());
					buffer.write(bytes, offset, n);
					offset += n;
					length -= n;
					flushFull();
				}
			}

			private void flushFull() throws IOException {
				if (buffer.size() >= CHUNK) {
					chunk(false);
				}
			}

			private void chunk(boolean last) throws IOException {
				byte[] sealed = crypt(Cipher.ENCRYPT_MODE, key, prefix, index++, header, last, buffer.toByteArray());
				buffer.reset();
				out.write(ByteBuffer.allocate(4).putInt(sealed.length).array());
				out.write(sealed);
			}

			@Override
			public void close() throws IOException {
				chunk(true);
				out.close();
			}

		};
	}

	/**
	 * Opens a sealed archive into {@code plain} (created readable by its owner only).
	 *
	 * @throws BackupArchive.Refused for a wrong passphrase or an altered file
	 */
	static void open(Path sealed, char[] passphrase, Path plain) throws IOException, BackupArchive.Refused {
		try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(sealed)));
				OutputStream out = Files.newOutputStream(plain)) {
			KeyFiles.ownerOnly(plain);
			byte[] magic = in.readNBytes(MAGIC.length);
			if (!Arrays.equals(magic, MAGIC)) {
				throw new BackupArchive.Refused("不是加密的备份文件 not a sealed archive: " + sealed);
			}
			byte[] salt = in.readNBytes(16);
			int iterations = in.readInt();
			byte[] prefix = in.readNBytes(8);
			if (iterations < 1 || iterations > 10_000_000) {
				throw new BackupArchive.Refused("加密备份的文件头已损坏 the sealed archive's header is damaged");
			}
			byte[] header = header(salt, iterations, prefix);
			SecretKeySpec key = key(passphrase, salt, iterations);
			for (int index = 0;; index++) {
				int length;
				try {
					length = in.readInt();
				}
				catch (EOFException e) {
					throw new BackupArchive.Refused("加密备份不完整 the sealed archive was cut off");
				}
				if (length < 16 || length > CHUNK + 16) {
					throw new BackupArchive.Refused("加密备份已损坏 the sealed archive is damaged");
				}
				byte[] chunk = in.readNBytes(length);
				if (chunk.length != length) {
					throw new BackupArchive.Refused("加密备份不完整 the sealed archive was cut off");
				}
				byte[] opened = null;
				boolean last = false;
				try {
					opened = crypt(Cipher.DECRYPT_MODE, key, prefix, index, header, false, chunk);
				}
				catch (IOException notMiddle) {
					try {
						opened = crypt(Cipher.DECRYPT_MODE, key, prefix, index, header, true, chunk);
						last = true;
					}
					catch (IOException notLast) {
						throw new BackupArchive.Refused(index == 0
								? "口令错误，或备份文件已被改动 wrong passphrase, or the archive was altered"
								: "加密备份已被改动 the sealed archive was altered (chunk " + index + ")");
					}
				}
				out.write(opened);
				if (last) {
					if (in.read() != -1) {
						throw new BackupArchive.Refused("加密备份末尾有多余内容 the sealed archive has data after its end");
					}
					return;
				}
			}
		}
	}

	private static byte[] header(byte[] salt, int iterations, byte[] prefix) {
		return ByteBuffer.allocate(MAGIC.length + 16 + 4 + 8).put(MAGIC).put(salt).putInt(iterations).put(prefix).array();
	}

	private static SecretKeySpec key(char[] passphrase, byte[] salt, int iterations) throws IOException {
		try {
			byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
				.generateSecret(new PBEKeySpec(passphrase, salt, iterations, 256))
				.getEncoded();
			return new SecretKeySpec(key, "AES");
		}
		catch (GeneralSecurityException e) {
			throw new IOException("cannot derive the archive's key", e);
		}
	}

	private static byte[] crypt(int mode, SecretKeySpec key, byte[] prefix, int index, byte[] header, boolean last,
			byte[] input) throws IOException {
		try {
			byte[] nonce = ByteBuffer.allocate(12).put(prefix).putInt(index).array();
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(mode, key, new GCMParameterSpec(128, nonce));
			cipher.updateAAD(header);
			cipher.updateAAD(new byte[] { (byte) (last ? 1 : 0) });
			return cipher.doFinal(input);
		}
		catch (GeneralSecurityException e) {
			throw new IOException("chunk " + index + " does not open", e);
		}
	}

}
