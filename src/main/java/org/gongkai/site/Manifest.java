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

import org.gongkai.platform.DurableFiles;
import org.gongkai.platform.Sha256;

/**
 * The manifest of a generation: the SHA-256 of every file in it, in {@value #NAME} at the generation's root, which
 * the integrity check (网页防篡改), the ETags and the export compare the files with.
 */
final class Manifest {

	static final String NAME = "manifest.properties";

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

	static void write(Path generation, Map<String, String> hashes) throws IOException {
		StringBuilder manifest = new StringBuilder("# SHA-256 of every file of this generation\n");
		hashes.forEach((path, hash) -> manifest.append(escape(path)).append('=').append(hash).append('\n'));
		DurableFiles.writeString(generation.resolve(NAME), manifest);
	}

	/** A path as a key of a properties file. */
	private static String escape(String path) {
		return path.replace("\\", "\\\\").replace(" ", "\\ ").replace("=", "\\=").replace(":", "\\:");
	}

	/** The SHA-256 of every file of a generation as it is on disk now, the manifest left out. */
	static Map<String, String> hashesOnDisk(Path generation) {
		Map<String, String> hashes = new TreeMap<>();
		try (Stream<Path> files = Files.walk(generation, FileVisitOption.FOLLOW_LINKS)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String relative = generation.relativize(file).toString().replace('\\', '/');
				if (!relative.equals(NAME)) {
					hashes.put(relative, Sha256.hex(Files.readAllBytes(file)));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return hashes;
	}

}
