package org.gongkai.search;

import java.time.LocalDate;

import org.gongkai.publishing.DocumentStatus;
import org.gongkai.publishing.Validity;

/**
 * One document found.
 *
 * @param titleHtml the title with the matched words in {@code <mark>}, everything else HTML-escaped
 * @param snippet a passage of the body (or an attachment) with the matched words in {@code <mark>}, everything else
 * HTML-escaped, so that a page may show it unescaped
 */
public record SearchHit(long documentId, Visibility visibility, DocumentStatus status, String title,
		String titleHtml, String url, String agencyCode, String agencyName, String columnCode, String columnName,
		String genre, String documentNumber, String indexNumber, LocalDate publishedOn, Validity validity,
		String snippet) {

	/** Whether the hit is a document (with a back-office page), not an agency's disclosure guide. */
	public boolean document() {
		return documentId > 0;
	}

}
