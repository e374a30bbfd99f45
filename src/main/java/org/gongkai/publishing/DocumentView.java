package org.gongkai.publishing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A document as the back office shows it, with what the confidentiality check finds in it now. */
public record DocumentView(long id, String agencyCode, String agencyName, String columnCode, String columnName,
		DocumentStatus status, String title, String bodyHtml, String summary, String keywords, String genre,
		Topic topic, DisclosureMethod disclosureMethod,
		String publisher, String documentNumber, LocalDate writtenOn, LocalDate formedOn, Validity validity,
		String indexNumber, String author, String reviewer, String overrideReason, String reviewComment,
		Instant publishedAt, Instant publishAt, boolean publishedLate, String withdrawalReason, int revision,
		List<ConfidentialityCheck.Finding> findings, List<Attachment> attachments) {
}
