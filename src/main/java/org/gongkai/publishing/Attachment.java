package org.gongkai.publishing;

import org.gongkai.platform.FileSize;

/**
 * A file attached to a document. On the site it lives at {@link #path()} inside the agency's folder, so the
 * manifest and the tamper check cover it like every page.
 */
public record Attachment(long id, long documentId, String agencyCode, String fileName, AttachmentType type,
		long size, String sha256) {

	public String path() {
		return agencyCode + "/attachments/" + id + "." + type.extension();
	}

	/** The size for people ({@link FileSize}). */
	public String displaySize() {
		return FileSize.forPeople(size);
	}

}
