package org.gongkai.publishing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.platform.Beijing;
import org.gongkai.identity.AgencyId;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing and reviewing documents: an EDITOR drafts and submits; a REVIEWER who is not the author sees the findings
 * of the confidentiality check (OGI art. 17) and publishes, overriding findings only with a reason, or sends the
 * document back; a published document can be withdrawn with a reason.
 */
@Service
public class DocumentDesk {

	/** OGI art. 26: "应当自该政府信息形成或者变更之日起20个工作日内及时公开". */
	static final int PUBLISH_WITHIN_WORKING_DAYS = 20;

	private final DocumentRecords records;

	private final DocumentSupport support;

	private final Attachments attachments;

	private final Clock clock;

	private final ColumnGrants columns;

	DocumentDesk(DocumentRecords records, DocumentSupport support, Attachments attachments, Clock clock,
			ColumnGrants columns) {
		this.columns = columns;
		this.records = records;
		this.support = support;
		this.attachments = attachments;
		this.clock = clock;
	}

	@Transactional
	public long create(Staff editor, String agencyCode, Draft draft) {
		AgencyInfo agency = records.readable(editor, agencyCode);
		DocumentRoles.require(editor, agency, DocumentAction.EDIT);
		long column = support.columnId(agency, draft.columnCode());
		columns.require(editor, column);
		DraftRules.check(draft, today());
		Document draftDocument = Document.draft(agency.id().value(), column, editor.username(),
				prepared(draft, agency, List.of()), BodyHtml.clean(draft.body()), clock.instant());
		return records.save(draftDocument, agency, editor, "DOCUMENT_DRAFTED", null).id;
	}

	@Transactional
	public void update(Staff editor, long id, Draft draft) {
		DocumentRecords.Held held = records.load(editor, id);
		AgencyInfo agency = held.agency();
		DocumentRoles.require(editor, agency, DocumentAction.EDIT);
		columns.require(editor, held.document().columnId);
		long column = support.columnId(agency, draft.columnCode());
		columns.require(editor, column);
		DraftRules.check(draft, today());
		held.document().edit(column, prepared(draft, agency, held.document().carriers),
				BodyHtml.clean(draft.body()));
		records.save(held.document(), agency, editor, "DOCUMENT_EDITED", null);
	}

	/**
	 * One step of the review, by whoever the step needs (an EDITOR submits, a REVIEWER does the rest); a publication
	 * with a set time waits as SCHEDULED until {@link #publishDue()} puts it live; findings of the confidentiality
	 * check need the reviewer's reason.
	 */
	@Transactional
	public void review(Staff staff, long id, DocumentCommand command) {
		DocumentRecords.Held held = records.load(staff, id);
		Document document = held.document();
		AgencyInfo agency = held.agency();
		DocumentRoles.require(staff, agency, command.action());
		// Java 17 has no pattern switch: a switch expression over the action is exhaustive, and each record answers
		// its own action only, so each cast holds.
		Runnable step = switch (command.action()) {
			case SUBMIT -> () -> {
				columns.require(staff, document.columnId);
				document.submit();
				records.save(document, agency, staff, "DOCUMENT_SUBMITTED", null);
			};
			case RECALL -> () -> {
				document.recall();
				records.save(document, agency, staff, "DOCUMENT_RECALLED", null);
			};
			case REJECT -> () -> {
				String comment = ((DocumentCommand.Reject) command).comment();
				document.reject(comment);
				records.save(document, agency, staff, "DOCUMENT_REJECTED", "comment=" + comment);
			};
			case PUBLISH -> () -> publishNow(staff, document, agency, (DocumentCommand.Publish) command);
			case SCHEDULE -> () -> {
				DocumentCommand.Publish publish = (DocumentCommand.Publish) command;
				document.schedule(staff.username(), findings(document), publish.overrideReason(),
						publish.publishAt(), clock.instant());
				records.save(document, agency, staff, "DOCUMENT_SCHEDULED", "publishAt=" + publish.publishAt());
			};
			case UNSCHEDULE -> () -> {
				document.unschedule();
				records.save(document, agency, staff, "DOCUMENT_UNSCHEDULED", null);
			};
			case WITHDRAW -> () -> withdraw(staff, document, agency, ((DocumentCommand.Withdraw) command).reason());
			case EDIT, PUBLISH_DUE -> throw DomainException.invalid("action", "validation.required");
		};
		step.run();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Beijing.ZONE));
	}

	private void publishNow(Staff reviewer, Document document, AgencyInfo agency, DocumentCommand.Publish command) {
		LocalDate today = today();
		document.publish(reviewer.username(), findings(document), command.overrideReason(),
				indexNumber(document, agency, today), clock.instant(), late(document, today));
		support.published(records.save(document), agency, reviewer.username());
	}

	/** What the confidentiality check finds in the body and in the files the next version carries. */
	private int findings(Document document) {
		return support.check(document).size() + support.checkFiles(attachments.texts(document.id)).size();
	}

	private void withdraw(Staff reviewer, Document document, AgencyInfo agency, String reason) {
		document.withdraw(reason);
		records.withdrawn(document, agency, reason, reviewer);
	}

	/** Attaches a file (PDF, DOCX, XLSX or an image, recognised by its content) to the document's next version. */
	@Transactional
	public long attach(Staff editor, long id, String fileName, byte[] content) {
		DocumentRecords.Held held = records.load(editor, id);
		Document document = held.document();
		AgencyInfo agency = held.agency();
		DocumentRoles.require(editor, agency, DocumentAction.EDIT);
		document.startVersion();
		long attachment = attachments.add(document, agency.code(), fileName, content, editor.username(),
				clock.instant());
		records.save(document, agency, editor, "ATTACHMENT_ADDED", "file=" + fileName + "; bytes=" + content.length);
		return attachment;
	}

	/** Takes a file off the document's next version (the live version keeps it until that one is published). */
	@Transactional
	public void detach(Staff editor, long id, long attachmentId) {
		DocumentRecords.Held held = records.load(editor, id);
		Document document = held.document();
		DocumentRoles.require(editor, held.agency(), DocumentAction.EDIT);
		document.startVersion();
		String name = attachments.remove(document, attachmentId);
		records.save(document, held.agency(), editor, "ATTACHMENT_REMOVED", "file=" + name);
	}

	/** Publishes every scheduled document whose time has come; returns how many. */
	@Transactional
	public int publishDue() {
		List<DocumentRecords.Held> due = records.due(clock.instant());
		for (DocumentRecords.Held held : due) {
			Document document = held.document();
			LocalDate day = LocalDate.ofInstant(document.publishAt, Beijing.ZONE);
			document.publishScheduled(indexNumber(document, held.agency(), day), late(document, day));
			support.published(records.save(document), held.agency(), document.reviewer);
		}
		return due.size();
	}

	private String indexNumber(Document document, AgencyInfo agency, LocalDate day) {
		return document.indexNumber != null ? document.indexNumber : support.nextIndexNumber(agency, day.getYear());
	}

	/**
	 * OGI art. 26: later than 20 working days after the information was formed or changed, that is, the 20th working
	 * day after it lies before the day of publication. Counted over the days before publication only, so it never
	 * asks for a calendar of the future.
	 */
	private boolean late(Document document, LocalDate publishedOn) {
		return support.calendar().workingDaysBetween(document.formedOn,
				publishedOn.minusDays(1)) >= PUBLISH_WITHIN_WORKING_DAYS;
	}

	/**
	 * Brings in a document published before the platform, with its own publication day; the site shows it, the
	 * statistics count it in that year, and a rule or normative document enters the ledger.
	 */
	@Transactional
	public long importPublished(AgencyId agencyId, Draft draft, LocalDate publishedOn) {
		return file(agencyId, draft, publishedOn.atTime(10, 0).atZone(Beijing.ZONE).toInstant(), "import",
				document -> {
				});
	}

	/** Brings in an interpretation published before the platform together with the link to its policy document. */
	@Transactional
	public long importInterpretation(AgencyId agencyId, Draft draft, LocalDate publishedOn, long policyId,
			InterpretationForm form) {
		return file(agencyId, draft, publishedOn.atTime(10, 0).atZone(Beijing.ZONE).toInstant(), "import",
				document -> document.interpret(policyId, form));
	}

	/**
	 * Files, published now, a document another module has approved by its own procedure (the annual report, which
	 * the disclosure office checks and publishes, OGI art. 49); {@code approvedBy} is recorded as its reviewer.
	 */
	@Transactional
	public long fileApproved(AgencyId agencyId, Draft draft, String approvedBy) {
		return file(agencyId, draft, clock.instant(), approvedBy, document -> {
		});
	}

	private long file(AgencyId agencyId, Draft draft, Instant publishedAt, String actor,
			java.util.function.Consumer<Document> before) {
		AgencyInfo agency = records.agency(agencyId);
		Document document = Document.imported(agency.id().value(), support.columnId(agency, draft.columnCode()),
				prepared(draft, agency, List.of()), BodyHtml.clean(draft.body()),
				support.nextIndexNumber(agency, LocalDate.ofInstant(publishedAt, Beijing.ZONE).getYear()),
				publishedAt, actor);
		before.accept(document);
		Document saved = records.save(document);
		support.published(saved, agency, actor);
		return saved.id;
	}

	/**
	 * Links an interpretation to the policy document it explains, found by its index number in the same agency;
	 * both pages then link to each other (rules.md §5.6: "政策解读与政策文件未互相链接的" is a deduction).
	 */
	@Transactional
	public void interpret(Staff editor, long id, String policyIndexNumber, InterpretationForm form) {
		DocumentRecords.Held held = records.load(editor, id);
		Document document = held.document();
		DocumentRoles.require(editor, held.agency(), DocumentAction.EDIT);
		long policy = support.documentByIndexNumber(document.agencyId, policyIndexNumber);
		document.interpret(policy, form);
		records.save(document, held.agency(), editor, "DOCUMENT_INTERPRETS", "policy=" + policyIndexNumber);
	}

	/**
	 * The draft with the agency as its publisher if none is named, and its carriers checked against the dictionary
	 * (those the document has already, {@code kept}, stay allowed).
	 */
	private Draft prepared(Draft draft, AgencyInfo agency, List<String> kept) {
		Draft published = draft.publisher() == null || draft.publisher().isBlank()
				? new Draft(draft.columnCode(), draft.title(), draft.body(), draft.summary(), draft.keywords(),
						draft.genre(), agency.name(), draft.documentNumber(), draft.writtenOn(), draft.formedOn(),
						draft.validity(), draft.topic(), draft.disclosureMethod(), draft.carriers())
				: draft;
		return published.withCarriers(support.carriers(draft.carriers(), kept));
	}

}
