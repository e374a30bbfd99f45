package org.gongkai.publishing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A document as the back office shows it, with what the confidentiality check finds in it now (in the title, summary
 * and body, {@code findings}; in the text of its files, {@code fileFindings}) and the actions that
 * the staff member who reads it may take on it now ({@code allowedActions}: the table's, for the roles they hold in
 * its agency, publication never by its author), and what the reviewer approves: the title, summary and body with the
 * findings marked in place ({@code marked…Html}, safe HTML), the 错敏词 found ({@code wording}, with the suggested
 * replacements; they do not block publication) and, for a new version of a published document, its
 * {@link Correction} against the live one (else null).
 */
public record DocumentView(long id, String agencyCode, String agencyName, String columnCode, String columnName,
		DocumentStatus status, String title, String bodyHtml, String summary, String keywords, String genre,
		Topic topic, DisclosureMethod disclosureMethod, List<String> carriers,
		String publisher, String documentNumber, LocalDate writtenOn, LocalDate formedOn, Validity validity,
		String indexNumber, String author, String reviewer, String overrideReason, String reviewComment,
		Instant publishedAt, Instant publishAt, boolean publishedLate, String withdrawalReason, int revision,
		List<ConfidentialityCheck.Finding> findings, List<ConfidentialityCheck.FileFinding> fileFindings,
		List<WordingCheck.Finding> wording, List<Attachment> attachments, Set<DocumentAction> allowedActions,
		String statusKey, String markedTitleHtml, String markedSummaryHtml, String markedBodyHtml,
		Correction correction) {

	/**
	 * The message key that words where the document stands for people: a new version of a published document says
	 * that the published version stays live (not "草稿"), and a draft sent back says so.
	 */
	public static String statusKey(DocumentStatus status, int revision, String reviewComment) {
		boolean sentBack = status == DocumentStatus.DRAFT && reviewComment != null;
		if (revision > 0 && status != DocumentStatus.PUBLISHED && status != DocumentStatus.WITHDRAWN) {
			return "documents.status.correction." + (sentBack ? "SENT_BACK" : status.name());
		}
		return sentBack ? "documents.status.SENT_BACK" : "documents.status." + status.name();
	}

	/** Whether the confidentiality check found nothing, in the text or in the files. */
	public boolean checkedClean() {
		return findings.isEmpty() && fileFindings.isEmpty();
	}

	/** Whether the reader may take the action (named as in {@link DocumentAction}) now; for the pages. */
	public boolean may(String action) {
		return allowedActions.contains(DocumentAction.valueOf(action));
	}

}
