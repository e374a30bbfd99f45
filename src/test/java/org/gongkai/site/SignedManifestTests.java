package org.gongkai.site;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.gongkai.platform.Crypto;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.Sm2Signatures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site manifests in the national-algorithm mode (issue 19): SM3 digests, an SM2 signature that the integrity check
 * verifies, and the first generation after a switch hashing again what it carries over.
 */
class SignedManifestTests {

	@TempDir
	Path root;

	@Test
	void anSm3ManifestIsSignedAndItsSignatureVerified() throws Exception {
		Sm2Signatures signatures = new Sm2Signatures(new GongkaiProperties(root.resolve("data"), null, null), "");
		Path site = root.resolve("site");

		// a generation written before the switch: SHA-256, no signature
		Generation before = generation(site, "g1", Crypto.Suite.STANDARD);
		before.open("demo");
		before.text("demo/index.html", "<p>首页</p>");
		before.text("demo/a.html", "<p>文件</p>");
		Manifest.write(before.directory, before.hashes, Crypto.Suite.STANDARD, signatures);
		assertThat(Manifest.suite(before.directory)).isEqualTo(Crypto.Suite.STANDARD);
		assertThat(Manifest.hashesOnDisk(before.directory)).isEqualTo(Map.copyOf(before.hashes))
			.containsEntry("demo/a.html", Crypto.digest(Crypto.Suite.STANDARD, "<p>文件</p>"));
		assertThat(before.directory.resolve(Manifest.SIGNATURE)).doesNotExist();
		assertThat(Manifest.signatureHolds(before.directory, signatures)).isTrue();

		// the first generation after it carries the files over and hashes them again with SM3
		Generation after = generation(site, "g2", Crypto.Suite.SM);
		after.open("demo");
		after.carry(before.directory.resolve("demo/a.html"), "demo/a.html", before.hashes.get("demo/a.html"),
				Crypto.Suite.STANDARD);
		after.text("demo/index.html", "<p>新首页</p>");
		after.text(Manifest.PUBLIC_KEY, signatures.publicKeyPem());
		Manifest.write(after.directory, after.hashes, Crypto.Suite.SM, signatures);
		assertThat(Manifest.suite(after.directory)).isEqualTo(Crypto.Suite.SM);
		assertThat(Files.readAllLines(after.directory.resolve(Manifest.NAME)).get(0)).contains("SM3");
		assertThat(Manifest.hashesOnDisk(after.directory)).isEqualTo(Map.copyOf(after.hashes))
			.containsEntry("demo/a.html", Crypto.digest(Crypto.Suite.SM, "<p>文件</p>"));
		assertThat(Manifest.signatureHolds(after.directory, signatures)).isTrue();

		// anyone verifies the manifest with the published key, the signer identity being the default one
		String pem = Files.readString(after.directory.resolve(Manifest.PUBLIC_KEY));
		ECPublicKeyParameters key = (ECPublicKeyParameters) PublicKeyFactory.createKey(Base64.getMimeDecoder()
			.decode(pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")));
		byte[] manifest = Files.readAllBytes(after.directory.resolve(Manifest.NAME));
		SM2Signer verifier = new SM2Signer();
		verifier.init(false, key);
		verifier.update(manifest, 0, manifest.length);
		assertThat(verifier.verifySignature(
				Base64.getDecoder().decode(Files.readString(after.directory.resolve(Manifest.SIGNATURE)).strip())))
			.isTrue();

		// whoever rewrites a page and its line in the manifest cannot sign the manifest again
		String forged = new String(manifest, StandardCharsets.UTF_8).replace(after.hashes.get("demo/index.html"),
				Crypto.digest(Crypto.Suite.SM, "<p>篡改</p>"));
		Files.writeString(after.directory.resolve(Manifest.NAME), forged);
		assertThat(Manifest.signatureHolds(after.directory, signatures)).isFalse();
		Files.write(after.directory.resolve(Manifest.NAME), manifest);
		assertThat(Manifest.signatureHolds(after.directory, signatures)).isTrue();
		Files.delete(after.directory.resolve(Manifest.SIGNATURE));
		assertThat(Manifest.signatureHolds(after.directory, signatures)).as("a signature removed").isFalse();
	}

	private static Generation generation(Path site, String name, Crypto.Suite suite) throws Exception {
		Path directory = Files.createDirectories(site.resolve("generations").resolve(name));
		return new Generation(site, directory, name, suite);
	}

}
