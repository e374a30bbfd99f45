package org.gongkai.requests;

import org.gongkai.platform.DomainException;

/**
 * A file an applicant attaches (proof of identity): PDF, JPEG or PNG only, recognised by its content, not its name,
 * and at most {@link #MAX_BYTES}.
 */
public record Upload(String field, String fileName, byte[] bytes) {

	public static final int MAX_BYTES = 5 * 1024 * 1024;

	/** The content type the bytes really have; a file of another kind or too large is refused for its field. */
	String sniffedContentType() {
		if (bytes.length == 0) {
			throw DomainException.invalid(field, "requests.upload.empty");
		}
		if (bytes.length > MAX_BYTES) {
			throw DomainException.invalid(field, "requests.upload.tooLarge", MAX_BYTES / 1024 / 1024);
		}
		if (startsWith(0x25, 0x50, 0x44, 0x46, 0x2D)) {
			return "application/pdf";
		}
		if (startsWith(0xFF, 0xD8, 0xFF)) {
			return "image/jpeg";
		}
		if (startsWith(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
			return "image/png";
		}
		throw DomainException.invalid(field, "requests.upload.type");
	}

	/** A safe file name: no directories, no control characters, the extension of the real content. */
	String safeName() {
		String base = fileName == null ? "upload"
				: org.gongkai.platform.FileNames.clean(fileName).replaceAll("[\\\\/:*?\"<>|]", "_");
		int dot = base.lastIndexOf('.');
		String stem = dot > 0 ? base.substring(0, dot) : base;
		String extension = switch (sniffedContentType()) {
			case "application/pdf" -> ".pdf";
			case "image/jpeg" -> ".jpg";
			default -> ".png";
		};
		return (stem.isBlank() ? "upload" : stem.substring(0, Math.min(stem.length(), 80))) + extension;
	}

	private boolean startsWith(int... magic) {
		if (bytes.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((bytes[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
