package org.gongkai.publishing;

/**
 * A file attached to a document. On the site it lives at {@link #path()} inside the agency's folder, so the
 * manifest and the tamper check cover it like every page.
 */
public record Attachment(long id, long documentId, String agencyCode, String fileName, AttachmentType type,
		long size, String sha256) {

	public String path() {
		return agencyCode + "/attachments/" + id + "." + type.extension();
	}

	/** The size for people: KB below a megabyte, else MB with one decimal. */
	public String displaySize() {
		return size < 1024 * 1024 ? Math.max(1, size / 1024) + " KB" : String.format("%.1f MB", size / 1048576.0);
	}

}
