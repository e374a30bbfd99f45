package org.gongkai.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file staff upload (document attachments, appeal decisions), recognised by their content, not by the
 * name the uploader gave: a file whose bytes are not what its extension claims has no type (an executable renamed to
 * .pdf is nothing here). Each module decides which of these it accepts and how it words a refusal.
 */
public enum FileType {

	/** Portable Document Format ({@code %PDF-}). */
	PDF("application/pdf", "pdf"),
	/** A Word document: an Office Open XML package with {@code word/document.xml}. */
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	/** An Excel workbook: an Office Open XML package with {@code xl/workbook.xml}. */
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	/** PNG image. */
	PNG("image/png", "png"),
	/** JPEG image (a scan). */
	JPEG("image/jpeg", "jpg", "jpeg"),
	/** GIF image. */
	GIF("image/gif", "gif");

	private final String mediaType;

	private final Set<String> extensions;

	FileType(String mediaType, String... extensions) {
		this.mediaType = mediaType;
		this.extensions = Set.of(extensions);
	}

	public String mediaType() {
		return mediaType;
	}

	/** The extension a file of this type is given when it is served or copied. */
	public String extension() {
		return this == JPEG ? "jpg" : extensions.iterator().next();
	}

	public static FileType ofMediaType(String mediaType) {
		for (FileType type : values()) {
			if (type.mediaType.equals(mediaType)) {
				return type;
			}
		}
		throw new IllegalArgumentException(mediaType);
	}

	/** The type of {@code content} when the extension of {@code fileName} agrees with it; empty otherwise. */
	public static Optional<FileType> of(String fileName, byte[] content) {
		String extension = fileName != null && fileName.contains(".")
				? fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		return detect(content).filter(type -> type.extensions.contains(extension));
	}

	/** What the bytes are, whatever the file is called. */
	public static Optional<FileType> detect(byte[] b) {
		if (startsWith(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
			return Optional.of(PDF);
		}
		if (startsWith(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(PNG);
		}
		if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(JPEG);
		}
		if (startsWith(b, 0x47, 0x49, 0x46, 0x38)) {
			return Optional.of(GIF);
		}
		if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
			return Optional.ofNullable(officeZip(b));
		}
		return Optional.empty();
	}

	/**
	 * The most an Office package may inflate to in all (issue 22: zip bombs cost seconds of CPU each where their XML
	 * was read, and were published).
	 */
	public static final long MAX_INFLATED = 100L * 1024 * 1024;

	/** The most it may inflate to per byte of the package, once it passes {@link #RATIO_FROM} inflated bytes. */
	public static final int MAX_RATIO = 100;

	static final long RATIO_FROM = 10L * 1024 * 1024;

	private static final int MAX_ENTRIES = 10_000;

	/**
	 * An Office Open XML package: a zip with [Content_Types].xml and the main part of Word or Excel, which inflates to
	 * at most {@link #MAX_INFLATED} bytes and, past {@link #RATIO_FROM}, at most {@link #MAX_RATIO} times its size.
	 * Every entry is inflated to count what it really holds, whatever sizes the zip declares; a bomb is not Office.
	 */
	private static FileType officeZip(byte[] content) {
		Set<String> names = new HashSet<>();
		long inflated = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				names.add(entry.getName());
				if (names.size() > MAX_ENTRIES) {
					return null;
				}
				for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
					inflated += read;
					if (inflated > MAX_INFLATED || (inflated > RATIO_FROM && inflated > (long) MAX_RATIO * content.length)) {
						return null;
					}
				}
			}
		}
		catch (IOException | IllegalArgumentException e) {
			return null;
		}
		if (!names.contains("[Content_Types].xml")) {
			return null;
		}
		if (names.contains("word/document.xml")) {
			return DOCX;
		}
		return names.contains("xl/workbook.xml") ? XLSX : null;
	}

	private static boolean startsWith(byte[] content, int... signature) {
		if (content.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if ((content[i] & 0xFF) != signature[i]) {
				return false;
			}
		}
		return true;
	}

}
