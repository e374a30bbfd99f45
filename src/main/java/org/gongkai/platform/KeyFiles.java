package org.gongkai.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Secrets kept outside the database, in {@code ${gongkai.data-dir}/keys/} next to the personal-data key: each a file
 * of base64 text, generated once with 256 random bits, readable by its owner only. A backup archives this folder
 * (docs/operations.md); whoever may read it may forge what the secret protects.
 */
public final class KeyFiles {

	private KeyFiles() {
	}

	/**
	 * The secret in {@code keys/<name>}, or {@code configured} (base64) when given, which several nodes must then
	 * share.
	 */
	public static byte[] secret(GongkaiProperties properties, String name, String configured) {
		if (configured != null && !configured.isBlank()) {
			return Base64.getDecoder().decode(configured.strip());
		}
		return Base64.getDecoder().decode(text(properties.resolve("keys").resolve(name)));
	}

	/** The base64 text of the secret in {@code file}, generating it on the first call. */
	public static synchronized String text(Path file) {
		try {
			if (Files.exists(file)) {
				return Files.readString(file).strip();
			}
			byte[] generated = new byte[32];
			new SecureRandom().nextBytes(generated);
			String text = Base64.getEncoder().encodeToString(generated);
			// a crash while writing leaves no key or the whole key, never a truncated one
			DurableFiles.writeString(file, text);
			ownerOnly(file);
			return text;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read or create " + file, e);
		}
	}

	/** Makes a file readable and writable by its owner only, where the file system knows POSIX permissions. */
	public static void ownerOnly(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException e) {
			// not a POSIX file system: the directory's own permissions protect it
		}
	}

}
