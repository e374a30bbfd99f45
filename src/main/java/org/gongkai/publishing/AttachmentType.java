package org.gongkai.publishing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.gongkai.platform.DomainException;

/**
 * The kinds of file a document may carry, recognised by their content, not by the name the uploader gave: a file
 * whose bytes are not what its extension claims is refused (an executable renamed to .pdf stays out of the site).
 */
public enum AttachmentType {

	PDF("application/pdf", "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	PNG("image/png", "png"),
	JPEG("image/jpeg", "jpg", "jpeg"),
	GIF("image/gif", "gif");

	private final String mediaType;

	private final Set<String> extensions;

	AttachmentType(String mediaType, String... extensions) {
		this.mediaType = mediaType;
		this.extensions = Set.of(extensions);
	}

	public String mediaType() {
		return mediaType;
	}

	/** The extension files of this type get on the site. */
	public String extension() {
		return this == JPEG ? "jpg" : extensions.iterator().next();
	}

	public boolean image() {
		return this == PNG || this == JPEG || this == GIF;
	}

	public static AttachmentType ofMediaType(String mediaType) {
		for (AttachmentType type : values()) {
			if (type.mediaType.equals(mediaType)) {
				return type;
			}
		}
		throw new IllegalArgumentException(mediaType);
	}

	/** The type of {@code content}, which must agree with the extension of {@code fileName}. */
	public static AttachmentType sniff(String fileName, byte[] content) {
		String extension = fileName.contains(".")
				? fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		AttachmentType sniffed = bySignature(content);
		if (sniffed == null || !sniffed.extensions.contains(extension)) {
			throw DomainException.invalid("file", "publishing.attachment.type", fileName);
		}
		return sniffed;
	}

	private static AttachmentType bySignature(byte[] b) {
		if (startsWith(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
			return PDF;
		}
		if (startsWith(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
			return PNG;
		}
		if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
			return JPEG;
		}
		if (startsWith(b, 0x47, 0x49, 0x46, 0x38)) {
			return GIF;
		}
		if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
			return officeZip(b);
		}
		return null;
	}

	/** An Office Open XML package: a zip with [Content_Types].xml and the main part of Word or Excel. */
	private static AttachmentType officeZip(byte[] content) {
		Set<String> names = new HashSet<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				names.add(entry.getName());
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
