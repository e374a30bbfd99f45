package org.gongkai.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Uploaded files kept under {@code <files directory>/<area>/} ({@code gongkai.files-dir}, shared by every node), each
 * once, by its SHA-256: written through {@link DurableFiles}, so a crash never leaves half a file under a real name.
 * A module writes the file before the row that names it commits; the same bytes uploaded twice share one file.
 */
@Component
public class FileStore {

	private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

	private static final Pattern AREA = Pattern.compile("[a-z][a-z0-9-]*");

	private final Path root;

	FileStore(GongkaiProperties properties) {
		this.root = properties.files();
	}

	/** Keeps {@code content} in {@code area} and answers its SHA-256, by which it is found again. */
	public String keep(String area, byte[] content) {
		String sha256 = Sha256.hex(content);
		Path target = path(area, sha256);
		try {
			if (Files.exists(target)) {
				return sha256;
			}
			DurableFiles.write(target, content);
			return sha256;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot keep file " + sha256 + " in " + area, e);
		}
	}

	/** Where the file with this hash is kept in {@code area}. */
	public Path path(String area, String sha256) {
		if (!AREA.matcher(area).matches() || !HASH.matcher(sha256).matches()) {
			throw new IllegalArgumentException(area + "/" + sha256);
		}
		return root.resolve(area).resolve(sha256.substring(0, 2)).resolve(sha256);
	}

	/** The bytes of the file with this hash in {@code area}. */
	public byte[] read(String area, String sha256) {
		try {
			return Files.readAllBytes(path(area, sha256));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read file " + sha256 + " in " + area, e);
		}
	}

}
