package org.gongkai.platform;

import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A backup archive, readable by its owner only and sealed with a passphrase when one is given: a zip file with {@code manifest.json} ({@link BackupManifest}), one CSV file per table under
 * {@code database/}, the attachments and documents under {@code files/}, the personal-data key under {@code keys/}
 * and the live site generation under {@code site/}. Every entry's SHA-256 is in the manifest; the archive is written
 * under a temporary name and renamed when complete, so a failed backup never leaves half an archive under the real
 * name.
 */
final class BackupArchive {

	private BackupArchive() {
	}

	/** A backup or restore that must not go on; the message is shown to the operator in Chinese and English. */
	static final class Refused extends Exception {

		Refused(String message) {
			super(message);
		}

	}

	/** Writes the body of one entry. */
	@FunctionalInterface
	interface Body {

		void writeTo(OutputStream out) throws Exception;

	}

	/** Writes an archive. */
	static final class Writer implements Closeable {

		private final Path target;

		private final Path partial;

		private final ZipOutputStream zip;

		private final Map<String, String> entries = new TreeMap<>();

		private boolean finished;

		Writer(Path target) throws IOException {
			this(target, null, Crypto.Suite.STANDARD);
		}

		/**
		 * An archive readable by its owner only (it holds the keys, the password hashes and every applicant's data),
		 * sealed with {@code passphrase} and {@code suite} when a passphrase is given ({@link SealedArchive}).
		 */
		Writer(Path target, char[] passphrase, Crypto.Suite suite) throws IOException {
			this.target = target.toAbsolutePath();
			Files.createDirectories(this.target.getParent());
			this.partial = this.target.resolveSibling(this.target.getFileName() + ".partial");
			Files.deleteIfExists(partial);
			try {
				Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			catch (UnsupportedOperationException e) {
				// not a POSIX file system: the folder's own permissions protect it
				Files.createFile(partial);
			}
			OutputStream file = Files.newOutputStream(partial);
			this.zip = new ZipOutputStream(passphrase == null ? file : SealedArchive.sealing(file, passphrase, suite));
		}

		/** Adds an entry whose content {@code body} writes. */
		void add(String name, Body body) throws Exception {
			zip.putNextEntry(new ZipEntry(name));
			MessageDigest digest = sha256();
			OutputStream out = new FilterOutputStream(zip) {

				@Override
				public void write(int b) throws IOException {
					zip.write(b);
					digest.update((byte) b);
				}

				@Override
				public void write(byte[] bytes, int offset, int length) throws IOException {
					zip.write(bytes, offset, length);
					digest.update(bytes, offset, length);
				}

				@Override
				public void close() {
					// the entry is closed below; the zip stays open
				}

			};
			body.writeTo(out);
			zip.closeEntry();
			entries.put(name, HexFormat.of().formatHex(digest.digest()));
		}

		/** Adds a file. */
		void add(String name, Path file) throws Exception {
			add(name, out -> Files.copy(file, out));
		}

		/** The SHA-256 of every entry added so far. */
		Map<String, String> entries() {
			return Collections.unmodifiableMap(entries);
		}

		/** Writes the manifest last and gives the archive its real name. */
		void finish(BackupManifest manifest) throws IOException {
			zip.putNextEntry(new ZipEntry(BackupManifest.NAME));
			zip.write(manifest.json());
			zip.closeEntry();
			zip.close();
			DurableFiles.sync(partial);
			DurableFiles.move(partial, target);
			finished = true;
		}

		@Override
		public void close() throws IOException {
			if (!finished) {
				zip.close();
				Files.deleteIfExists(partial);
			}
		}

	}

	/** Reads an archive. */
	static final class Reader implements Closeable {

		private final ZipFile zip;

		private final BackupManifest manifest;

		private Reader(ZipFile zip, BackupManifest manifest) {
			this.zip = zip;
			this.manifest = manifest;
		}

		/** Opens an archive and reads its manifest; refuses what is not a Gongkai backup of a known format. */
		static Reader open(Path file) throws Refused, IOException {
			if (!Files.isRegularFile(file)) {
				throw new Refused("找不到备份文件 no such backup file: " + file.toAbsolutePath());
			}
			ZipFile zip;
			try {
				zip = new ZipFile(file.toFile());
			}
			catch (IOException e) {
				throw new Refused("不是 zip 格式的备份文件 not a zip archive: " + file.toAbsolutePath() + " (" + e.getMessage()
						+ ")");
			}
			try {
				ZipEntry entry = zip.getEntry(BackupManifest.NAME);
				if (entry == null) {
					throw new Refused("备份文件中没有 manifest.json，不是公开平台的备份 no manifest.json: not a Gongkai backup");
				}
				BackupManifest manifest;
				try (InputStream in = zip.getInputStream(entry)) {
					manifest = BackupManifest.read(in.readAllBytes());
				}
				catch (RuntimeException e) {
					throw new Refused("manifest.json 无法读取 manifest.json cannot be read: " + e.getMessage());
				}
				if (manifest.format() != BackupManifest.FORMAT) {
					throw new Refused("备份格式 " + manifest.format() + " 不受此版本支持 archive format " + manifest.format()
							+ " is not supported by this version (it reads format " + BackupManifest.FORMAT + ")");
				}
				return new Reader(zip, manifest);
			}
			catch (Refused | IOException | RuntimeException e) {
				zip.close();
				throw e;
			}
		}

		BackupManifest manifest() {
			return manifest;
		}

		/**
		 * Reads every entry and compares it with the manifest; refuses an archive with an entry missing, changed,
		 * added, or named outside the archive's folders.
		 */
		void verify() throws Refused, IOException {
			List<String> problems = new ArrayList<>();
			TreeSet<String> present = new TreeSet<>();
			for (ZipEntry entry : Collections.list(zip.entries())) {
				String name = entry.getName();
				if (name.equals(BackupManifest.NAME) || entry.isDirectory()) {
					continue;
				}
				present.add(name);
				String expected = manifest.entries().get(name);
				if (expected == null) {
					problems.add("不在清单中 not in the manifest: " + name);
				}
				else if (!safe(name)) {
					problems.add("路径不安全 unsafe path: " + name);
				}
				else {
					String actual;
					try {
						actual = hash(zip.getInputStream(entry));
					}
					catch (IOException e) {
						actual = "unreadable (" + e.getMessage() + ")";
					}
					if (!expected.equals(actual)) {
						problems.add("校验值不符 SHA-256 differs: " + name);
					}
				}
			}
			for (String name : manifest.entries().keySet()) {
				if (!present.contains(name)) {
					problems.add("缺少 missing: " + name);
				}
			}
			for (BackupManifest.TableEntry table : manifest.tables()) {
				if (!manifest.entries().containsKey(table.entry())) {
					problems.add("缺少表 missing table: " + table.name());
				}
			}
			if (!problems.isEmpty()) {
				throw new Refused("备份文件已损坏或被改动，未恢复任何内容 the archive is damaged or altered, nothing was restored:\n  "
						+ String.join("\n  ", problems.subList(0, Math.min(20, problems.size())))
						+ (problems.size() > 20 ? "\n  … " + (problems.size() - 20) + " more" : ""));
			}
		}

		/** The names of the entries under a folder ({@code "files/"}), sorted. */
		List<String> entriesUnder(String folder) {
			return manifest.entries().keySet().stream().filter(name -> name.startsWith(folder)).sorted().toList();
		}

		InputStream open(String name) throws IOException {
			ZipEntry entry = zip.getEntry(name);
			if (entry == null) {
				throw new IOException("no entry " + name);
			}
			return zip.getInputStream(entry);
		}

		/** Copies an entry to a file, checking its SHA-256 again on the way. */
		void copy(String name, Path file) throws IOException {
			Files.createDirectories(file.getParent());
			MessageDigest digest = sha256();
			try (InputStream in = new DigestInputStream(open(name), digest)) {
				Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			}
			if (!HexFormat.of().formatHex(digest.digest()).equals(manifest.entries().get(name))) {
				throw new IOException("SHA-256 of " + name + " changed while it was read");
			}
		}

		@Override
		public void close() throws IOException {
			zip.close();
		}

	}

	/** A relative name with no {@code ..}, no backslash and no absolute start, so it stays inside its folder. */
	static boolean safe(String name) {
		if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains("\0")) {
			return false;
		}
		for (String part : name.split("/")) {
			if (part.isEmpty() || part.equals(".") || part.equals("..")) {
				return false;
			}
		}
		return true;
	}

	static String hash(InputStream stream) throws IOException {
		MessageDigest digest = sha256();
		try (InputStream in = new DigestInputStream(stream, digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", e);
		}
	}

}
