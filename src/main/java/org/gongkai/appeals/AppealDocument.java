package org.gongkai.appeals;

import java.time.Instant;

import org.gongkai.platform.FileSize;
import org.gongkai.platform.FileType;

/** A file kept with a case: the reconsideration decision, the judgment, the agency's reply or defence. */
public record AppealDocument(long id, long appealId, String fileName, FileType type, long size, String sha256,
		String uploadedBy, Instant uploadedAt) {

	/** The size for people ({@link FileSize}). */
	public String displaySize() {
		return FileSize.forPeople(size);
	}

	/** A document with its bytes, for download. */
	public record Content(AppealDocument document, byte[] bytes) {
	}

}
