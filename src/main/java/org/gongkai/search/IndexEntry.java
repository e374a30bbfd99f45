package org.gongkai.search;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.publishing.DocumentStatus;
import org.gongkai.publishing.Validity;

/**
 * What the index holds of one version of a document: its text, its metadata and where it is read. A document has
 * a {@link Visibility#LIVE} entry while it is published and a {@link Visibility#WORKING} one while its back-office
 * copy differs from that (see {@link IndexSource}).
 *
 * @param version the document's row version, which tells the index whether it is up to date with the database
 * @param agencyScope the codes of the agency and of every agency above it, root first: a search within an agency
 * finds the documents of the agencies below it
 * @param body the plain text of the body
 * @param publishedOn the day the version went live, null for a draft never published
 * @param url where a reader opens it: the static page, or the back-office page for a working copy
 */
public record IndexEntry(long documentId, int version, Visibility visibility, DocumentStatus status,
		String agencyCode, String agencyName, List<String> agencyScope, String columnCode, String columnName,
		String title, String body, String summary, String keywords, String genre, String documentNumber,
		String indexNumber, LocalDate writtenOn, LocalDate publishedOn, Validity validity, String url,
		List<AttachmentText> attachments) {

	public IndexEntry {
		agencyScope = List.copyOf(agencyScope);
		attachments = List.copyOf(attachments);
	}

	/** Unique within the index: one entry per document and visibility. */
	public String key() {
		return visibility.name() + ":" + documentId;
	}

	/** The day results are sorted and boosted by: publication, else the day it was written. */
	public LocalDate dated() {
		return publishedOn != null ? publishedOn : writtenOn;
	}

}
