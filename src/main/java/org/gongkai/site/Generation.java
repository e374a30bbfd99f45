package org.gongkai.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

import org.gongkai.platform.Crypto;

/**
 * A generation being built: a folder with one link per agency to a version of that agency's files under
 * {@code site/agencies/<code>/}, the files written into it and their hashes. Pages may be written from several
 * threads at once.
 */
final class Generation {

	final Path directory;

	final String name;

	final Map<String, String> hashes = new ConcurrentSkipListMap<>();

	private final Path root;

	/** The suite of the digests in the manifest. */
	final Crypto.Suite suite;

	/** The new version folder of each agency written in this generation. */
	private final Map<String, Path> versions = new ConcurrentHashMap<>();

	private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();

	Generation(Path root, Path directory, String name, Crypto.Suite suite) {
		this.root = root;
		this.suite = suite;
		this.directory = directory;
		this.name = name;
	}

	/** Starts a new version of an agency's files and links the generation to it. */
	void open(String agencyCode) throws IOException {
		Path version = root.resolve("agencies").resolve(agencyCode).resolve(name);
		Files.createDirectories(version);
		versions.put(agencyCode, version);
		link(agencyCode, directory.relativize(version));
	}

	/** Links the generation to an existing version of an agency's files. */
	void link(String agencyCode, Path version) throws IOException {
		Files.createSymbolicLink(directory.resolve(agencyCode), version);
	}

	/** Where a file of this generation is written: in its agency's new version, or at the generation's root. */
	private Path resolve(String path) {
		int slash = path.indexOf('/');
		if (slash < 0) {
			return directory.resolve(path);
		}
		Path version = versions.get(path.substring(0, slash));
		if (version == null) {
			throw new IllegalStateException("the files of " + path.substring(0, slash) + " are shared, not written");
		}
		return version.resolve(path.substring(slash + 1));
	}

	/**
	 * The folder of a file, created once per generation rather than once per file; other threads wait until it
	 * exists.
	 */
	private void folderOf(Path file) {
		folders.computeIfAbsent(file.getParent(), folder -> {
			try {
				Files.createDirectories(folder);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return Boolean.TRUE;
		});
	}

	void text(String path, String content) {
		bytes(path, content.getBytes(StandardCharsets.UTF_8));
	}

	void bytes(String path, byte[] content) {
		Path file = resolve(path);
		try {
			folderOf(file);
			// a file carried from the live generation is a link to the live one's: written over in place, the live
			// page would change before the switch and no longer match its manifest, so it gets a file of its own
			Files.deleteIfExists(file);
			Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		hashes.put(path, Crypto.digest(suite, content));
	}

	/**
	 * A file of the previous generation, linked (not copied) with the hash its manifest recorded, or hashed again when
	 * that manifest was written with another suite ({@code recordedWith}).
	 */
	void carry(Path source, String path, String hash, Crypto.Suite recordedWith) throws IOException {
		Path target = resolve(path);
		folderOf(target);
		try {
			Files.createLink(target, source);
		}
		catch (UnsupportedOperationException | FileSystemException e) {
			Files.copy(source, target);
		}
		hashes.put(path, recordedWith == suite ? hash : Crypto.digest(suite, Files.readAllBytes(target)));
	}

	/** A file of a linked agency version, with the hash the previous manifest recorded or hashed again. */
	void linked(Path file, String path, String hash, Crypto.Suite recordedWith) throws IOException {
		hashes.put(path, recordedWith == suite ? hash : Crypto.digest(suite, Files.readAllBytes(file)));
	}

	/**
	 * A file copied in whose SHA-256 is known (an attachment from the file store, kept by its SHA-256), once per path;
	 * hashed again with SM3.
	 */
	void copy(Path source, String path, String hash) throws IOException {
		if (hashes.containsKey(path)) {
			return;
		}
		Path target = resolve(path);
		folderOf(target);
		Files.copy(source, target);
		hashes.put(path, suite == Crypto.Suite.STANDARD ? hash : Crypto.digest(suite, Files.readAllBytes(target)));
	}

	/** Whether the generation has a file at {@code path} (written, or carried over from the previous one). */
	boolean has(String path) {
		return hashes.containsKey(path);
	}

	/** The sitemap files of every agency in this generation. */
	List<String> sitemaps() {
		return hashes.keySet().stream().filter(path -> path.matches("[^/]+/sitemap(-\\d+)?\\.xml")).toList();
	}

}
