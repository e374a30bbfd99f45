package org.gongkai.requests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

import org.gongkai.platform.Crypto;
import org.gongkai.platform.DurableFiles;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.Sha256;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals applicants' identity and phone numbers at rest (architecture.md §5) with the suite of {@code gongkai.crypto}:
 * AES-256-GCM, or SM4-GCM in the national-algorithm mode ({@link Crypto}); a value says which sealed it, so values of
 * either suite are opened and {@link PersonalDataResealing} re-seals those of the other one. The key comes from
 * {@code gongkai.personal-data-key} (base64, 32 bytes; several nodes must share it) or is generated once into
 * {@code ${gongkai.data-dir}/keys/personal-data.key}. Masks the values on screen.
 */
@Component
class PersonalData {

	private final byte[] key;

	private final Crypto crypto;

	PersonalData(GongkaiProperties properties, @Value("${gongkai.personal-data-key:}") String configuredKey,
			Crypto crypto) {
		this.key = configuredKey.isBlank() ? keyFile(properties.resolve("keys"))
				: Base64.getDecoder().decode(configuredKey);
		this.crypto = crypto;
	}

	String seal(String plain) {
		if (plain == null || plain.isBlank()) {
			return null;
		}
		return crypto.seal(key, plain.strip());
	}

	String open(String sealed) {
		if (sealed == null) {
			return null;
		}
		try {
			return Crypto.open(key, sealed);
		}
		catch (IllegalStateException e) {
			throw new IllegalStateException("cannot open personal data: wrong gongkai.personal-data-key?", e);
		}
	}

	/** Whether a sealed value was sealed with this installation's suite. */
	boolean sealedWithCurrentSuite(String sealed) {
		return sealed == null || Crypto.sealedWith(sealed) == crypto.suite();
	}

	/** The prefix of the values sealed with this installation's suite. */
	String currentPrefix() {
		return crypto.sealPrefix();
	}

	/** Shows the first and last characters only: 1101**********002X, 138****5678. */
	static String mask(String plain) {
		if (plain == null || plain.isBlank()) {
			return "";
		}
		int keep = plain.length() >= 15 ? 4 : 3;
		if (plain.length() <= keep * 2) {
			return "*".repeat(plain.length());
		}
		return plain.substring(0, keep) + "*".repeat(plain.length() - keep * 2)
				+ plain.substring(plain.length() - keep);
	}

	/**
	 * A stable key for "the same applicant" (art. 35, and the monthly count of 国办函〔2020〕109号): the identity
	 * number or credit code when there is one, else type and name; hashed, so it reveals neither.
	 */
	static String applicantKey(ApplicantType type, String name, String idNumber, String creditCode) {
		String basis = creditCode != null && !creditCode.isBlank() ? "credit:" + creditCode.strip()
				: idNumber != null && !idNumber.isBlank() ? "id:" + idNumber.strip()
						: "name:" + type + ":" + name.strip();
		return Sha256.hex(basis.toUpperCase(Locale.ROOT));
	}

	private static synchronized byte[] keyFile(Path directory) {
		Path file = directory.resolve("personal-data.key");
		try {
			if (Files.exists(file)) {
				return Base64.getDecoder().decode(Files.readString(file).strip());
			}
			byte[] generated = new byte[32];
			new SecureRandom().nextBytes(generated);
			// a crash while writing leaves no key or the whole key, never a truncated one that seals nothing
			DurableFiles.writeString(file, Base64.getEncoder().encodeToString(generated));
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException e) {
				// not a POSIX file system: the directory's own permissions protect it
			}
			return generated;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read or create " + file, e);
		}
	}

}
