package org.gongkai.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The algorithms of {@code gongkai.crypto} (issue 19): {@code standard} seals with AES-256-GCM and hashes with SHA-256
 * (HMAC-SHA256 where keyed); {@code sm}, the national algorithms (国密), seals with SM4-GCM and hashes with SM3
 * (HMAC-SM3), from BouncyCastle, and signs with SM2 ({@link Sm2Signatures}). Every sealed value and every chain or
 * manifest says which suite wrote it, so data written in the other mode is still read, found and re-sealed or
 * re-chained when the mode is switched.
 */
@Component
public class Crypto {

	/** A set of algorithms; its name is what records store. */
	public enum Suite {

		/** AES-256-GCM, SHA-256, HMAC-SHA256. */
		STANDARD("v1:"),

		/** SM4-GCM, SM3, HMAC-SM3, SM2. */
		SM("sm4:");

		private final String sealPrefix;

		Suite(String sealPrefix) {
			this.sealPrefix = sealPrefix;
		}

		/** The suite of {@code gongkai.crypto} or of a stored name, case-insensitive. */
		public static Suite of(String name) {
			try {
				return valueOf(name.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				throw new IllegalStateException("gongkai.crypto is '" + name + "': it must be standard or sm", e);
			}
		}

		/** The lower-case name records store. */
		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Suite suite;

	@Autowired
	public Crypto(@Value("${gongkai.crypto:standard}") String mode) {
		this(Suite.of(mode));
	}

	public Crypto(Suite suite) {
		this.suite = suite;
	}

	/** The suite this installation writes with. */
	public Suite suite() {
		return suite;
	}

	/** The digest of {@code bytes} with this installation's suite, as lower-case hex (64 characters either way). */
	public String digest(byte[] bytes) {
		return digest(suite, bytes);
	}

	public static String digest(Suite suite, byte[] bytes) {
		if (suite == Suite.SM) {
			SM3Digest sm3 = new SM3Digest();
			sm3.update(bytes, 0, bytes.length);
			byte[] out = new byte[sm3.getDigestSize()];
			sm3.doFinal(out, 0);
			return HexFormat.of().formatHex(out);
		}
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", e);
		}
	}

	public static String digest(Suite suite, String text) {
		return digest(suite, text.getBytes(StandardCharsets.UTF_8));
	}

	/** The keyed hash (HMAC-SHA256 or HMAC-SM3) of {@code text}, as lower-case hex. */
	public static String mac(Suite suite, byte[] key, String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		return HexFormat.of().formatHex(macBytes(suite, key, bytes));
	}

	private static byte[] macBytes(Suite suite, byte[] key, byte[] bytes) {
		if (suite == Suite.SM) {
			HMac hmac = new HMac(new SM3Digest());
			hmac.init(new KeyParameter(key));
			hmac.update(bytes, 0, bytes.length);
			byte[] out = new byte[hmac.getMacSize()];
			hmac.doFinal(out, 0);
			return out;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(bytes);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
		}
	}

	/**
	 * Seals {@code plain} with this suite and a 256-bit key: {@code v1:} and AES-256-GCM, or {@code sm4:} and SM4-GCM
	 * under a 128-bit key derived from it (HMAC-SM3), then a random 96-bit nonce and the ciphertext with its tag, in
	 * base64.
	 */
	public String seal(byte[] key, String plain) {
		byte[] nonce = new byte[12];
		RANDOM.nextBytes(nonce);
		byte[] sealed = gcm(suite, true, key, nonce, plain.getBytes(StandardCharsets.UTF_8));
		byte[] out = new byte[nonce.length + sealed.length];
		System.arraycopy(nonce, 0, out, 0, nonce.length);
		System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
		return suite.sealPrefix + Base64.getEncoder().encodeToString(out);
	}

	/** Opens a value sealed by either suite (its prefix says which). */
	public static String open(byte[] key, String sealed) {
		Suite with = sealedWith(sealed);
		byte[] in = Base64.getDecoder().decode(sealed.substring(with.sealPrefix.length()));
		byte[] plain = gcm(with, false, key, Arrays.copyOf(in, 12), Arrays.copyOfRange(in, 12, in.length));
		return new String(plain, StandardCharsets.UTF_8);
	}

	/** The suite that sealed a value. */
	public static Suite sealedWith(String sealed) {
		for (Suite candidate : Suite.values()) {
			if (sealed.startsWith(candidate.sealPrefix)) {
				return candidate;
			}
		}
		throw new IllegalArgumentException("not a sealed value");
	}

	/** The prefix of the values this suite seals, for finding those sealed by another one. */
	public String sealPrefix() {
		return suite.sealPrefix;
	}

	private static byte[] gcm(Suite suite, boolean seal, byte[] key, byte[] nonce, byte[] input) {
		try {
			return aead(suite, seal, key, nonce, new byte[0], input);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("cannot open an " + (suite == Suite.SM ? "SM4" : "AES")
					+ "-GCM value: wrong key, or the value was altered", e);
		}
	}

	/**
	 * Seals ({@code seal}) or opens {@code input} with the suite's authenticated cipher — AES-256-GCM under
	 * {@code key}, or SM4-GCM under a 128-bit key derived from it (HMAC-SM3) — a 96-bit {@code nonce} and a 128-bit
	 * tag over {@code input} and {@code associated}; for callers with a format of their own, such as sealed backup
	 * archives.
	 *
	 * @throws GeneralSecurityException when a value does not open: wrong key, or altered value or associated data
	 */
	public static byte[] aead(Suite suite, boolean seal, byte[] key, byte[] nonce, byte[] associated, byte[] input)
			throws GeneralSecurityException {
		if (suite == Suite.SM) {
			byte[] sm4Key = Arrays.copyOf(macBytes(Suite.SM, key, "gongkai SM4-GCM key".getBytes(StandardCharsets.UTF_8)),
					16);
			GCMModeCipher cipher = GCMBlockCipher.newInstance(new SM4Engine());
			cipher.init(seal, new AEADParameters(new KeyParameter(sm4Key), 128, nonce));
			cipher.processAADBytes(associated, 0, associated.length);
			byte[] out = new byte[cipher.getOutputSize(input.length)];
			int length = cipher.processBytes(input, 0, input.length, out, 0);
			try {
				length += cipher.doFinal(out, length);
			}
			catch (InvalidCipherTextException e) {
				throw new javax.crypto.AEADBadTagException(e.getMessage());
			}
			return Arrays.copyOf(out, length);
		}
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(seal ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
				new GCMParameterSpec(128, nonce));
		cipher.updateAAD(associated);
		return cipher.doFinal(input);
	}

}
