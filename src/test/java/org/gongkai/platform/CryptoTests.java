package org.gongkai.platform;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The two suites of gongkai.crypto (issue 19): standard and the national algorithms (SM2, SM3, SM4). */
class CryptoTests {

	private static final byte[] KEY = new byte[32];

	static {
		new SecureRandom().nextBytes(KEY);
	}

	@TempDir
	Path dataDir;

	@Test
	void sm3AndHmacSm3AreTheStandardOnes() {
		// GB/T 32905-2016, appendix A.1: SM3("abc")
		assertThat(Crypto.digest(Crypto.Suite.SM, "abc"))
			.isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
		assertThat(Crypto.digest(Crypto.Suite.STANDARD, "abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(new Crypto("sm").digest("abc".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(Crypto.digest(Crypto.Suite.SM, "abc"));
		// RFC 4231 test case 2 for HMAC-SHA256; HMAC-SM3 differs from it and from the plain SM3
		assertThat(Crypto.mac(Crypto.Suite.STANDARD, "Jefe".getBytes(StandardCharsets.UTF_8),
				"what do ya want for nothing?"))
			.isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
		String hmacSm3 = Crypto.mac(Crypto.Suite.SM, "Jefe".getBytes(StandardCharsets.UTF_8),
				"what do ya want for nothing?");
		assertThat(hmacSm3).hasSize(64)
			.isNotEqualTo(Crypto.digest(Crypto.Suite.SM, "what do ya want for nothing?"))
			.isEqualTo(Crypto.mac(Crypto.Suite.SM, "Jefe".getBytes(StandardCharsets.UTF_8),
					"what do ya want for nothing?"));
	}

	@Test
	void sealsWithSm4GcmAndOpensWhatEitherSuiteSealed() {
		Crypto sm = new Crypto("sm");
		Crypto standard = new Crypto("standard");
		String sealed = sm.seal(KEY, "11010519491231002X");
		assertThat(sealed).startsWith("sm4:").doesNotContain("11010519491231002X");
		assertThat(sm.seal(KEY, "11010519491231002X")).as("a fresh nonce each time").isNotEqualTo(sealed);
		assertThat(Crypto.sealedWith(sealed)).isEqualTo(Crypto.Suite.SM);
		String old = standard.seal(KEY, "13800138000");
		assertThat(old).startsWith("v1:");
		assertThat(Crypto.sealedWith(old)).isEqualTo(Crypto.Suite.STANDARD);
		assertThat(Crypto.open(KEY, sealed)).isEqualTo("11010519491231002X");
		assertThat(Crypto.open(KEY, old)).isEqualTo("13800138000");
		// the nonce, the ciphertext and a 128-bit tag
		byte[] body = Base64.getDecoder().decode(sealed.substring(4));
		assertThat(body).hasSize(12 + "11010519491231002X".length() + 16);
	}

	@Test
	void anAlteredOrWronglyKeyedValueDoesNotOpen() {
		Crypto sm = new Crypto(Crypto.Suite.SM);
		String sealed = sm.seal(KEY, "11010519491231002X");
		byte[] body = Base64.getDecoder().decode(sealed.substring(4));
		body[20] ^= 1;
		String altered = "sm4:" + Base64.getEncoder().encodeToString(body);
		assertThatThrownBy(() -> Crypto.open(KEY, altered)).isInstanceOf(IllegalStateException.class);
		byte[] other = KEY.clone();
		other[0] ^= 1;
		assertThatThrownBy(() -> Crypto.open(other, sealed)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> new Crypto("des")).hasMessageContaining("standard or sm");
	}

	@Test
	void signsWithSm2AKeyKeptInTheDataDirectoryAndPublishesTheKey() throws Exception {
		GongkaiProperties properties = new GongkaiProperties(dataDir, null, null);
		Sm2Signatures signatures = new Sm2Signatures(properties, "");
		byte[] manifest = "# SM3 of every file of this generation\nindex.html=abc\n".getBytes(StandardCharsets.UTF_8);
		String signature = signatures.sign(manifest);
		assertThat(dataDir.resolve("keys").resolve(Sm2Signatures.KEY_FILE)).exists();

		Sm2Signatures afterRestart = new Sm2Signatures(properties, "");
		assertThat(afterRestart.verify(manifest, signature)).isTrue();
		manifest[manifest.length - 2] = 'd';
		assertThat(afterRestart.verify(manifest, signature)).as("a changed manifest").isFalse();
		assertThat(afterRestart.verify(manifest, "not base64!")).isFalse();

		// anyone verifies with the published PEM alone
		String pem = afterRestart.publicKeyPem();
		assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
		byte[] der = Base64.getMimeDecoder()
			.decode(pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", ""));
		ECPublicKeyParameters published = (ECPublicKeyParameters) PublicKeyFactory.createKey(der);
		manifest[manifest.length - 2] = 'c';
		assertThat(Sm2Signatures.verify(published, manifest, signature)).isTrue();

		Sm2Signatures otherInstallation = new Sm2Signatures(new GongkaiProperties(dataDir.resolve("other"), null, null),
				"");
		assertThat(otherInstallation.verify(manifest, signature)).as("another installation's key").isFalse();
		String shared = Base64.getEncoder().encodeToString(KEY);
		assertThat(new Sm2Signatures(properties, shared).publicKeyPem())
			.as("a configured key, which several nodes share")
			.isEqualTo(new Sm2Signatures(new GongkaiProperties(dataDir.resolve("node-b"), null, null), shared)
				.publicKeyPem())
			.isNotEqualTo(pem);
	}

}
