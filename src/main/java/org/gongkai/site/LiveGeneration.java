package org.gongkai.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.Sm2Signatures;

import org.springframework.stereotype.Component;

/**
 * Which generation is live, and its files as they are served: the one-line file {@code site/current} names it. On
 * several nodes sharing the site directory (docs/adr/0002-several-nodes.md) every read checks that file: it is read
 * again when it was replaced (its inode, time or size changed) and at least once a second (a shared file system may
 * cache a file's attributes, but reading it revalidates), so that each node serves a generation another node
 * switched to at once, or within a second.
 */
@Component
class LiveGeneration {

	private final Path root;

	private volatile LoadedManifest lastManifest;

	private volatile LivePointer livePointer;

	private final Sm2Signatures signatures;

	LiveGeneration(GongkaiProperties properties, Sm2Signatures signatures) {
		this.root = properties.site();
		this.signatures = signatures;
	}

	/** The site directory: {@code generations/}, {@code agencies/} and the pointer {@code current}. */
	Path root() {
		return root;
	}

	/** The file of the live generation at {@code path}, if there is one (paths never leave the generation). */
	Optional<Path> file(String path) {
		return live().flatMap(generation -> file(generation, path));
	}

	private static Optional<Path> file(Path generation, String path) {
		Path file = generation.resolve(path).normalize();
		return file.startsWith(generation) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
	}

	/** A file of the live generation with the SHA-256 its manifest records, both from the same generation. */
	Optional<PublishedFile> publishedFile(String path) {
		return live().flatMap(generation -> file(generation, path).map(file -> new PublishedFile(generation, file,
				cachedManifest(generation).getProperty(path, ""))));
	}

	/** The digest the manifest records for a path of the live generation. */
	Optional<String> recordedHash(String path) {
		return live().map(this::cachedManifest).map(manifest -> manifest.getProperty(path));
	}

	/**
	 * Re-hashes every file of the live generation and lists those that differ from the manifest, and the manifest's
	 * signature when an SM3 manifest is not signed by this installation's SM2 key.
	 */
	SiteIntegrity verify() {
		Optional<Path> current = live();
		if (current.isEmpty()) {
			return new SiteIntegrity(null, 0, List.of());
		}
		Properties manifest = Manifest.read(current.get());
		Map<String, String> actual = Manifest.hashesOnDisk(current.get());
		List<String> mismatches = new ArrayList<>();
		actual.forEach((path, hash) -> {
			if (!hash.equals(manifest.getProperty(path))) {
				mismatches.add(path);
			}
		});
		manifest.stringPropertyNames().stream().filter(path -> !actual.containsKey(path)).forEach(mismatches::add);
		if (!Manifest.signatureHolds(current.get(), signatures)) {
			mismatches.add(Manifest.SIGNATURE);
		}
		return new SiteIntegrity(current.get().getFileName().toString(), actual.size(),
				mismatches.stream().sorted().toList());
	}

	/**
	 * The manifest of the live generation, read once per generation (a generation never changes) by one thread: the
	 * requests that arrive while it is read wait for it instead of each reading a copy of its own (32 requests at
	 * once after a start or a switch could hold 32 copies of a 100,000-file manifest, tens of megabytes each).
	 */
	Properties cachedManifest(Path generation) {
		LoadedManifest loaded = lastManifest;
		if (loaded != null && loaded.generation().equals(generation)) {
			return loaded.manifest();
		}
		synchronized (this) {
			loaded = lastManifest;
			if (loaded == null || !loaded.generation().equals(generation)) {
				loaded = new LoadedManifest(generation, Manifest.read(generation));
				lastManifest = loaded;
			}
			return loaded.manifest();
		}
	}

	private record LoadedManifest(Path generation, Properties manifest) {
	}

	/**
	 * The live generation, for serving. The pointer file is read again when it was replaced (another inode, time or
	 * size: this node's switch, or another node's on a shared directory) or was last read a second ago, not on every
	 * request.
	 */
	Optional<Path> live() {
		return live(false);
	}

	/**
	 * The live generation as the pointer file says now: what a build under the cluster lock starts from, since a shared
	 * directory may report unchanged attributes for a moment after another node's switch.
	 */
	Optional<Path> liveNow() {
		return live(true);
	}

	private Optional<Path> live(boolean now) {
		Path pointer = root.resolve("current");
		try {
			BasicFileAttributes attributes;
			try {
				attributes = Files.readAttributes(pointer, BasicFileAttributes.class);
			}
			catch (NoSuchFileException e) {
				return Optional.empty();
			}
			LivePointer known = livePointer;
			long readAt = System.nanoTime();
			if (!now && known != null && known.matches(attributes) && readAt - known.readAt() < 1_000_000_000L) {
				return known.generation();
			}
			Optional<Path> generation = Optional
				.of(root.resolve("generations").resolve(Files.readString(pointer).strip()));
			livePointer = new LivePointer(attributes.fileKey(), attributes.lastModifiedTime(), attributes.size(),
					readAt, generation);
			return generation;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The pointer file as last read: what identifies that version of it, and the generation it named. */
	private record LivePointer(Object fileKey, FileTime modified, long size, long readAt, Optional<Path> generation) {

		boolean matches(BasicFileAttributes attributes) {
			return Objects.equals(fileKey, attributes.fileKey()) && modified.equals(attributes.lastModifiedTime())
					&& size == attributes.size();
		}

	}

}
