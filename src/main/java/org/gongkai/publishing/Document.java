package org.gongkai.publishing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.platform.DomainException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A document of 主动公开: the working copy an editor writes, and the review that puts it live. Its published versions
 * are kept beside it ({@code document_revision}); editing a published document starts a new version with its own
 * review while the live one stays.
 */
class Document {

	@Id
	Long id;

	@Version
	Integer version;

	final Long agencyId;

	Long columnId;

	DocumentStatus status;

	String title;

	/** The longest title (issue 22), well above the longest titles of State Council documents. */
	static final int MAX_TITLE = 300;

	String bodyHtml;

	String summary;

	String keywords;

	String genre;

	Topic topic;

	DisclosureMethod disclosureMethod;

	/** The carriers (公开渠道和载体), in the dictionary's order; the portal alone unless the editor chose others. */
	List<String> carriers = List.of(PublishingDictionaries.PORTAL_CARRIER);

	String publisher;

	String documentNumber;

	LocalDate writtenOn;

	LocalDate formedOn;

	Validity validity;

	String indexNumber;

	final String author;

	String reviewer;

	String overrideReason;

	String reviewComment;

	Instant publishedAt;

	/** The set time of a scheduled publication. */
	Instant publishAt;

	boolean publishedLate;

	String withdrawalReason;

	int revision;

	Long interpretsId;

	InterpretationForm interpretationForm;

	final Instant createdAt;

	@PersistenceCreator
	Document(Long id, Long agencyId, String author, Instant createdAt) {
		this.id = id;
		this.agencyId = agencyId;
		this.author = author;
		this.createdAt = createdAt;
	}

	static Document draft(long agencyId, long columnId, String author, Draft draft, String bodyHtml, Instant now) {
		Document document = new Document(null, agencyId, author, now);
		document.status = DocumentStatus.DRAFT;
		document.edit(columnId, draft, bodyHtml);
		return document;
	}

	/**
	 * A document published before the platform (brought in from an older system, annual-report.md §6): published on
	 * its own date, not run through the review again.
	 */
	static Document imported(long agencyId, long columnId, Draft draft, String bodyHtml, String indexNumber,
			Instant publishedAt, String actor) {
		Document document = new Document(null, agencyId, actor, publishedAt);
		document.status = DocumentStatus.DRAFT;
		document.edit(columnId, draft, bodyHtml);
		document.status = DocumentStatus.PUBLISHED;
		document.reviewer = actor;
		document.indexNumber = indexNumber;
		document.publishedAt = publishedAt;
		document.revision = 1;
		return document;
	}

	/** Editing a published document makes a new version to review; the published one stays live until then. */
	void edit(long column, Draft draft, String cleanBody) {
		startVersion();
		if (draft.title() == null || draft.title().isBlank()) {
			throw DomainException.invalid("title", "validation.required");
		}
		if (draft.title().strip().length() > MAX_TITLE) {
			throw DomainException.invalid("title", "publishing.document.title.tooLong", MAX_TITLE);
		}
		if (draft.formedOn() == null) {
			throw DomainException.invalid("formedOn", "validation.required");
		}
		columnId = column;
		title = draft.title().strip();
		bodyHtml = cleanBody;
		summary = blankToNull(draft.summary());
		keywords = keywords(draft.keywords());
		genre = blankToNull(draft.genre());
		topic = draft.topic();
		disclosureMethod = draft.disclosureMethod() == null ? DisclosureMethod.PROACTIVE : draft.disclosureMethod();
		carriers = draft.carriers() == null || draft.carriers().isEmpty() ? List.of(PublishingDictionaries.PORTAL_CARRIER)
				: List.copyOf(draft.carriers());
		publisher = draft.publisher() == null || draft.publisher().isBlank() ? publisher : draft.publisher().strip();
		documentNumber = draft.documentNumber() == null || draft.documentNumber().isBlank() ? null
				: DocumentNumber.parse("documentNumber", draft.documentNumber()).toString();
		writtenOn = draft.writtenOn();
		formedOn = draft.formedOn();
		validity = draft.validity() == null ? Validity.VALID : draft.validity();
	}

	/**
	 * A change of text or files: the table allows it on a draft or a published document (whose next version it
	 * starts, with its own review), not while a reviewer has it or after withdrawal.
	 */
	void startVersion() {
		status = DocumentTransitions.TABLE.next(status, DocumentAction.EDIT)
			.orElseThrow(() -> DomainException.conflict("status", "publishing.document.notEditable", status));
		reviewComment = null;
	}

	/**
	 * Sent for review, with a body to read: the form requires the 正文, and a document that is mainly its files says
	 * so in its text (a reviewer approves the text the site shows, OGI art. 17).
	 */
	void submit() {
		DocumentStatus next = DocumentTransitions.TABLE.move(status, DocumentAction.SUBMIT);
		if (!BodyHtml.hasText(bodyHtml)) {
			throw DomainException.invalid("body", "publishing.document.body.required");
		}
		status = next;
	}

	/**
	 * Taken back by the editor before a reviewer decided: a draft again; a comment of an earlier send-back, kept for
	 * the reviewer while it was resubmitted, is no longer current.
	 */
	void recall() {
		status = DocumentTransitions.TABLE.move(status, DocumentAction.RECALL);
		reviewComment = null;
	}

	/** Sent back to its author with a comment. */
	void reject(String comment) {
		status = DocumentTransitions.TABLE.move(status, DocumentAction.REJECT);
		reviewComment = comment;
	}

	/**
	 * A reviewer who is not the author approves and publishes (OGI art. 17). The confidentiality check must have found
	 * nothing, or the reviewer overrides it with a reason. The index number is given at the first publication and
	 * never changes; {@code late} records art. 26 (published more than 20 working days after the information was
	 * formed).
	 */
	void publish(String byReviewer, int findings, String override, String newIndexNumber, Instant at, boolean late) {
		DocumentStatus next = DocumentTransitions.TABLE.move(status, DocumentAction.PUBLISH);
		approve(byReviewer, findings, override);
		goLive(next, newIndexNumber, at, late);
	}

	/** Approved now, published at {@code at}: the review is the same, the page appears then. */
	void schedule(String byReviewer, int findings, String override, Instant at, Instant now) {
		if (!at.isAfter(now)) {
			throw DomainException.invalid("publishAt", "publishing.schedule.past");
		}
		DocumentStatus next = DocumentTransitions.TABLE.move(status, DocumentAction.SCHEDULE);
		approve(byReviewer, findings, override);
		publishAt = at;
		status = next;
	}

	/** The set time has come. */
	void publishScheduled(String newIndexNumber, boolean late) {
		goLive(DocumentTransitions.TABLE.move(status, DocumentAction.PUBLISH_DUE), newIndexNumber, publishAt, late);
		publishAt = null;
	}

	/** A scheduled publication called off: back to the reviewer's queue. */
	void unschedule() {
		status = DocumentTransitions.TABLE.move(status, DocumentAction.UNSCHEDULE);
		publishAt = null;
	}

	/** OGI art. 17: a reviewer who is not the author; findings of the confidentiality check need a reason. */
	private void approve(String byReviewer, int findings, String override) {
		if (byReviewer.equals(author)) {
			throw DomainException.conflict("reviewer", "publishing.review.notAuthor");
		}
		if (findings > 0 && (override == null || override.isBlank())) {
			throw DomainException.conflict("overrideReason", "publishing.review.findings", findings);
		}
		reviewer = byReviewer;
		overrideReason = findings > 0 ? override.strip() : null;
	}

	private void goLive(DocumentStatus next, String newIndexNumber, Instant at, boolean late) {
		if (indexNumber == null) {
			indexNumber = newIndexNumber;
		}
		publishedAt = at;
		publishedLate = late;
		revision++;
		status = next;
	}

	/** Makes this document the interpretation of a policy document (政策解读, rules.md §5.6). */
	void interpret(long policyId, InterpretationForm form) {
		if (id != null && id == policyId) {
			throw DomainException.invalid("policy", "publishing.interpretation.self");
		}
		interpretsId = policyId;
		interpretationForm = form == null ? InterpretationForm.TEXT : form;
	}

	void withdraw(String reason) {
		DocumentStatus next = DocumentTransitions.TABLE.move(status, DocumentAction.WITHDRAW);
		if (reason == null || reason.isBlank()) {
			throw DomainException.invalid("reason", "publishing.withdraw.reasonRequired");
		}
		withdrawalReason = reason.strip();
		status = next;
	}

	/** The text the confidentiality check reads. */
	String checkedText() {
		return String.join("\n", title, summary == null ? "" : summary,
				org.jsoup.Jsoup.parse(bodyHtml).text());
	}

	/**
	 * Keywords as the site lists them: separated by "、" (the Chinese enumeration comma), whatever the editor typed
	 * between them (ASCII or full-width commas and semicolons, "、", spaces), each once.
	 */
	static String keywords(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		java.util.Set<String> words = new java.util.LinkedHashSet<>();
		for (String word : typed.split("[,，;；、\\s\u3000]+")) {
			if (!word.isBlank()) {
				words.add(word.strip());
			}
		}
		return words.isEmpty() ? null : String.join("、", words);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
