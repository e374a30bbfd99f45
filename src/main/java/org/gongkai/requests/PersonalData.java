package org.gongkai.requests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.gongkai.platform.DurableFiles;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.Sha256;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals applicants' identity and phone numbers at rest (AES-256-GCM, architecture.md §5) and masks them on screen.
 * The key comes from {@code gongkai.personal-data-key} (base64, 32 bytes; several nodes must share it) or is
 * generated once into {@code ${gongkai.data-dir}/keys/personal-data.key}.
 */
@Component
class PersonalData {

	private static final String PREFIX = "v1:";

	private final SecureRandom random = new SecureRandom();

	private final SecretKeySpec key;

	PersonalData(GongkaiProperties properties, @Value("${gongkai.personal-data-key:}") String configuredKey) {
		this.key = new SecretKeySpec(configuredKey.isBlank() ? keyFile(properties.resolve("keys"))
				: Base64.getDecoder().decode(configuredKey), "AES");
	}

	String seal(String plain) {
		if (plain == null || plain.isBlank()) {
			return null;
		}
		try {
			byte[] iv = new byte[12];
			random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(plain.strip().getBytes(StandardCharsets.UTF_8));
			byte[] out = new byte[iv.length + sealed.length];
			System.arraycopy(iv, 0, out, 0, iv.length);
			System.arraycopy(sealed, 0, out, iv.length, sealed.length);
			return PREFIX + Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("cannot seal personal data", e);
		}
	}

	String open(String sealed) {
		if (sealed == null) {
			return null;
		}
		try {
			byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, 12));
			return new String(cipher.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("cannot open personal data: wrong gongkai.personal-data-key?", e);
		}
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
