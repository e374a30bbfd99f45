package org.gongkai.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.gongkai.platform.Crypto;
import org.gongkai.platform.DurableFiles;
import org.gongkai.platform.Sm2Signatures;

/**
 * The manifest of a generation: the SHA-256 of every file in it, or their SM3 with {@code gongkai.crypto=sm} (its
 * first line says which), in {@value #NAME} at the generation's root, which the integrity check (网页防篡改), the ETags
 * and the export compare the files with. With SM3 the manifest is signed with SM2 in {@value #SIGNATURE} (base64),
 * which the integrity check verifies and anyone can with the published key ({@value #PUBLIC_KEY}).
 */
final class Manifest {

	static final String NAME = "manifest.properties";

	static final String SIGNATURE = "manifest.sig";

	/** The SM2 public key that verifies {@value #SIGNATURE}, published at the site's root. */
	static final String PUBLIC_KEY = "sm2-public-key.pem";

	private static final String SM3_HEADER = "# SM3 of every file of this generation";

	private Manifest() {
	}

	static Properties read(Path generation) {
		Properties manifest = new Properties();
		try (var in = Files.newBufferedReader(generation.resolve(NAME), StandardCharsets.UTF_8)) {
			manifest.load(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return manifest;
	}

	/** Writes the manifest with the suite's digest, and its signature with SM3 (the signature first). */
	static void write(Path generation, Map<String, String> hashes, Crypto.Suite suite, Sm2Signatures signatures)
			throws IOException {
		StringBuilder manifest = new StringBuilder(
				suite == Crypto.Suite.SM ? SM3_HEADER + "\n" : "# SHA-256 of every file of this generation\n");
		hashes.forEach((path, hash) -> manifest.append(escape(path)).append('=').append(hash).append('\n'));
		if (suite == Crypto.Suite.SM) {
			DurableFiles.writeString(generation.resolve(SIGNATURE),
					signatures.sign(manifest.toString().getBytes(StandardCharsets.UTF_8)) + "\n");
		}
		DurableFiles.writeString(generation.resolve(NAME), manifest);
	}

	/** The suite a generation's manifest was written with, from its first line. */
	static Crypto.Suite suite(Path generation) {
		try (var in = Files.newBufferedReader(generation.resolve(NAME), StandardCharsets.UTF_8)) {
			String first = in.readLine();
			return SM3_HEADER.equals(first) ? Crypto.Suite.SM : Crypto.Suite.STANDARD;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Whether the manifest of an SM3 generation carries a valid SM2 signature of this installation (a SHA-256
	 * generation is not signed, and holds).
	 */
	static boolean signatureHolds(Path generation, Sm2Signatures signatures) {
		if (suite(generation) != Crypto.Suite.SM) {
			return true;
		}
		try {
			Path signature = generation.resolve(SIGNATURE);
			return Files.exists(signature)
					&& signatures.verify(Files.readAllBytes(generation.resolve(NAME)), Files.readString(signature));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A path as a key of a properties file. */
	private static String escape(String path) {
		return path.replace("\\", "\\\\").replace(" ", "\\ ").replace("=", "\\=").replace(":", "\\:");
	}

	/**
	 * The digest (the manifest's own suite) of every file of a generation as it is on disk now, the manifest and its
	 * signature left out.
	 */
	static Map<String, String> hashesOnDisk(Path generation) {
		Crypto.Suite suite = suite(generation);
		Map<String, String> hashes = new TreeMap<>();
		try (Stream<Path> files = Files.walk(generation, FileVisitOption.FOLLOW_LINKS)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String relative = generation.relativize(file).toString().replace('\\', '/');
				if (!relative.equals(NAME) && !relative.equals(SIGNATURE)) {
					hashes.put(relative, Crypto.digest(suite, Files.readAllBytes(file)));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return hashes;
	}

}
