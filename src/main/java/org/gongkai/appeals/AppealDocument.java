package org.gongkai.appeals;

import java.time.Instant;

import org.gongkai.platform.FileType;

/** A file kept with a case: the reconsideration decision, the judgment, the agency's reply or defence. */
public record AppealDocument(long id, long appealId, String fileName, FileType type, long size, String sha256,
		String uploadedBy, Instant uploadedAt) {

	/** The size for people: KB below a megabyte, else MB with one decimal. */
	public String displaySize() {
		return size < 1024 * 1024 ? Math.max(1, size / 1024) + " KB" : String.format("%.1f MB", size / 1048576.0);
	}

	/** A document with its bytes, for download. */
	public record Content(AppealDocument document, byte[] bytes) {
	}

}
