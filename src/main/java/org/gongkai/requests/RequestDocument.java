package org.gongkai.requests;

import java.time.Instant;

import org.gongkai.platform.FileSize;

/** A file kept with an application: a letter (PDF or DOCX) or an upload; {@code forApplicant} ones are downloadable on the status page. */
public record RequestDocument(long id, long requestId, String kind, String fileName, String contentType,
		long sizeBytes, boolean forApplicant, Instant createdAt) {

	/** The size for people ({@link FileSize}). */
	public String displaySize() {
		return FileSize.forPeople(sizeBytes);
	}

}
