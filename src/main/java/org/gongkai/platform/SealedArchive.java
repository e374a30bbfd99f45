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

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.bouncycastle.crypto.PBEParametersGenerator;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * A backup archive sealed with a passphrase, with the suite of {@code gongkai.crypto} ({@link Crypto}): AES-256-GCM
 * under a key derived by PBKDF2-HMAC-SHA256, or (国密, {@code sm}) SM4-GCM under a key derived by PBKDF2-HMAC-SM3;
 * 600,000 iterations and a random salt either way, in chunks of 1 MiB so that neither side holds the archive in
 * memory. Each chunk's nonce holds its number and its authenticated data the header and whether it is the last, so
 * chunks cannot be altered, reordered, dropped or cut off without the restore refusing the file.
 * <p>
 * The header ({@link #MAGIC_2}) names the suite, and is authenticated with every chunk, so a restore opens an archive
 * of either suite whatever this installation's mode. Archives of the first format ({@link #MAGIC}, written before
 * 国密 existed, without a suite) are AES-256-GCM and still open.
 */
final class SealedArchive {

	/** The first format: AES-256-GCM and PBKDF2-HMAC-SHA256, no suite in the header. Read only. */
	static final byte[] MAGIC = "GONGKAI-SEALED-1\n".getBytes(StandardCharsets.US_ASCII);

	/** The current format: the magic, then the suite's name (one length byte, ASCII), the salt, iterations, nonce prefix. */
	static final byte[] MAGIC_2 = "GONGKAI-SEALED-2\n".getBytes(StandardCharsets.US_ASCII);

	static final int ITERATIONS = 600_000;

	private static final int CHUNK = 1 << 20;

	private SealedArchive() {
	}

	/** Whether the file starts like a sealed archive (of either format). */
	static boolean isSealed(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] magic = in.readNBytes(MAGIC.length);
			return Arrays.equals(magic, MAGIC) || Arrays.equals(magic, MAGIC_2);
		}
	}

	/** The suite a sealed archive was sealed with, as its header says. */
	static Crypto.Suite suite(Path file) throws IOException, BackupArchive.Refused {
		try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
			return readHeader(in, file).suite();
		}
	}

	/**
	 * A stream that seals what is written to it into {@code out} with {@code suite}; closing it writes the last
	 * chunk.
	 */
	static OutputStream sealing(OutputStream out, char[] passphrase, Crypto.Suite suite) throws IOException {
		SecureRandom random = new SecureRandom();
		byte[] salt = new byte[16];
		byte[] prefix = new byte[8];
		random.nextBytes(salt);
		random.nextBytes(prefix);
		Header header = new Header(suite, MAGIC_2, salt, ITERATIONS, prefix);
		out.write(header.bytes());
		byte[] key = key(suite, passphrase, salt, ITERATIONS);
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
				byte[] sealed = crypt(true, header, key, index++, last, buffer.toByteArray());
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
			Header header = readHeader(in, sealed);
			byte[] key = key(header.suite(), passphrase, header.salt(), header.iterations());
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
					opened = crypt(false, header, key, index, false, chunk);
				}
				catch (IOException notMiddle) {
					try {
						opened = crypt(false, header, key, index, true, chunk);
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

	/** What the header of a sealed archive says; its bytes are authenticated with every chunk. */
	record Header(Crypto.Suite suite, byte[] magic, byte[] salt, int iterations, byte[] prefix) {

		byte[] bytes() {
			byte[] name = Arrays.equals(magic, MAGIC) ? new byte[0] : suite.key().getBytes(StandardCharsets.US_ASCII);
			ByteBuffer header = ByteBuffer.allocate(magic.length + (name.length == 0 ? 0 : 1 + name.length) + 16 + 4 + 8)
				.put(magic);
			if (name.length > 0) {
				header.put((byte) name.length).put(name);
			}
			return header.put(salt).putInt(iterations).put(prefix).array();
		}

	}

	private static Header readHeader(DataInputStream in, Path file) throws IOException, BackupArchive.Refused {
		byte[] magic = in.readNBytes(MAGIC.length);
		Crypto.Suite suite;
		if (Arrays.equals(magic, MAGIC)) {
			suite = Crypto.Suite.STANDARD;
		}
		else if (Arrays.equals(magic, MAGIC_2)) {
			int length = in.read();
			String name = length < 1 || length > 16 ? ""
					: new String(in.readNBytes(length), StandardCharsets.US_ASCII);
			suite = java.util.stream.Stream.of(Crypto.Suite.values())
				.filter(candidate -> candidate.key().equals(name))
				.findFirst()
				.orElseThrow(() -> new BackupArchive.Refused("加密备份的算法未知或文件头已损坏 the sealed archive names an unknown suite"
						+ " or its header is damaged: " + file));
		}
		else {
			throw new BackupArchive.Refused("不是加密的备份文件 not a sealed archive: " + file);
		}
		byte[] salt = in.readNBytes(16);
		int iterations = in.readInt();
		byte[] prefix = in.readNBytes(8);
		if (iterations < 1 || iterations > 10_000_000 || prefix.length != 8) {
			throw new BackupArchive.Refused("加密备份的文件头已损坏 the sealed archive's header is damaged");
		}
		return new Header(suite, magic, salt, iterations, prefix);
	}

	/** The archive's 256-bit key: PBKDF2-HMAC-SHA256, or PBKDF2-HMAC-SM3 (BouncyCastle) for the {@code sm} suite. */
	static byte[] key(Crypto.Suite suite, char[] passphrase, byte[] salt, int iterations) throws IOException {
		if (suite == Crypto.Suite.SM) {
			PKCS5S2ParametersGenerator pbkdf2 = new PKCS5S2ParametersGenerator(new SM3Digest());
			pbkdf2.init(PBEParametersGenerator.PKCS5PasswordToUTF8Bytes(passphrase), salt, iterations);
			return ((KeyParameter) pbkdf2.generateDerivedParameters(256)).getKey();
		}
		try {
			return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
				.generateSecret(new PBEKeySpec(passphrase, salt, iterations, 256))
				.getEncoded();
		}
		catch (GeneralSecurityException e) {
			throw new IOException("cannot derive the archive's key", e);
		}
	}

	private static byte[] crypt(boolean seal, Header header, byte[] key, int index, boolean last, byte[] input)
			throws IOException {
		byte[] nonce = ByteBuffer.allocate(12).put(header.prefix()).putInt(index).array();
		byte[] headerBytes = header.bytes();
		byte[] associated = Arrays.copyOf(headerBytes, headerBytes.length + 1);
		associated[headerBytes.length] = (byte) (last ? 1 : 0);
		try {
			return Crypto.aead(header.suite(), seal, key, nonce, associated, input);
		}
		catch (GeneralSecurityException e) {
			throw new IOException("chunk " + index + " does not open", e);
		}
	}

}
