package org.gongkai.platform;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that a crash (a killed process, a lost machine) leaves either the old file or the complete new one:
 * the bytes go to a temporary file in the same folder, which is forced to disk, moved over the target atomically, and
 * then the folder itself is forced so that the move survives a power loss. Folders created on the way are forced into
 * their parents too. The file is created readable by its owner only (as {@link Files#createTempFile} makes it on
 * POSIX systems). File systems that cannot force a folder (Windows) are written to as well as they allow.
 */
public final class DurableFiles {

	private DurableFiles() {
	}

	/** Writes {@code content} to {@code target} durably and atomically, replacing what was there. */
	public static void write(Path target, byte[] content) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		createDirectories(folder);
		Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			move(temporary, target);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** {@link #write(Path, byte[])} of UTF-8 text. */
	public static void writeString(Path target, CharSequence content) throws IOException {
		write(target, content.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Moves a complete, already forced file over {@code target} atomically and forces the folder, so that the new
	 * name is on disk when this returns.
	 */
	public static void move(Path source, Path target) throws IOException {
		try {
			Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException e) {
			throw new IOException("cannot move " + source + " to " + target + " atomically", e);
		}
		syncDirectory(target.toAbsolutePath().getParent());
	}

	/** Forces a file's content (and its size) to disk. */
	public static void sync(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
	}

	/** Forces a folder's entries (new names, removed names) to disk. */
	public static void syncDirectory(Path folder) throws IOException {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException e) {
			if (!isWindows()) {
				throw e;
			}
			// Windows opens no folder as a file; NTFS journals the names itself
		}
	}

	/** Creates the missing folders of {@code folder} and forces each new one into its parent. */
	public static Path createDirectories(Path folder) throws IOException {
		Path absolute = folder.toAbsolutePath();
		if (Files.isDirectory(absolute)) {
			return folder;
		}
		Path parent = absolute.getParent();
		if (parent != null) {
			createDirectories(parent);
		}
		try {
			Files.createDirectory(absolute);
		}
		catch (java.nio.file.FileAlreadyExistsException e) {
			if (!Files.isDirectory(absolute)) {
				throw e;
			}
			return folder;
		}
		if (parent != null) {
			syncDirectory(parent);
		}
		return folder;
	}

	private static boolean isWindows() {
		return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
	}

}
