package org.gongkai.publishing;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.platform.Beijing;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.platform.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the use cases on documents share: finding a column of the agency's catalog, the confidentiality check with
 * the sensitive words and the 错敏词 as their dictionaries are now ({@link PublishingDictionaries}), index numbers, and keeping each
 * published version.
 */
@Component
class DocumentSupport {

	private final JdbcClient jdbc;

	private final IndexNumbers indexNumbers;

	private final PublishingDictionaries dictionaries;

	private final WorkingDayCalendar calendar;

	private final NormativeLedger ledger;

	private final Catalog catalog;

	private final ApplicationEventPublisher events;

	DocumentSupport(JdbcClient jdbc, IndexNumbers indexNumbers, WorkingDayCalendar calendar, NormativeLedger ledger,
			Catalog catalog, ApplicationEventPublisher events, PublishingDictionaries dictionaries) {
		this.jdbc = jdbc;
		this.indexNumbers = indexNumbers;
		this.calendar = calendar;
		this.ledger = ledger;
		this.catalog = catalog;
		this.events = events;
		this.dictionaries = dictionaries;
	}

	/** The column of the agency's catalog (created first if the agency was just added and has none yet). */
	long columnId(AgencyInfo agency, String columnCode) {
		catalog.ensureFor(agency.id());
		return jdbc.sql("select id from catalog_column where agency_id = :agency and code = :code")
			.param("agency", agency.id().value())
			.param("code", columnCode == null ? "" : columnCode)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> DomainException.invalid("columnCode", "publishing.column.unknown", columnCode));
	}

	long documentByIndexNumber(long agencyId, String indexNumber) {
		return jdbc.sql("select id from document where agency_id = :agency and index_number = :number")
			.param("agency", agencyId)
			.param("number", indexNumber == null ? "" : indexNumber.strip())
			.query(Long.class)
			.optional()
			.orElseThrow(() -> DomainException.invalid("policy", "publishing.interpretation.unknown", indexNumber));
	}

	List<ConfidentialityCheck.Finding> check(Document document) {
		return dictionaries.confidentialityCheck().check(document.checkedText());
	}

	/** The findings in the text of the document's attached files, named by file ({@link Attachments#texts}). */
	List<ConfidentialityCheck.FileFinding> checkFiles(java.util.Map<String, String> textsByFileName) {
		return dictionaries.confidentialityCheck().checkFiles(textsByFileName);
	}

	/** The 错敏词 in the document's title, summary and text, with their replacements: suggestions, not a block. */
	List<WordingCheck.Finding> wording(Document document) {
		return dictionaries.wordingCheck().check(document.checkedText());
	}

	/** The carriers chosen, checked against their dictionary ({@link PublishingDictionaries#checkedCarriers}). */
	List<String> carriers(List<String> chosen, List<String> kept) {
		return dictionaries.checkedCarriers(chosen, kept == null ? List.of() : kept);
	}

	String nextIndexNumber(AgencyInfo agency, int year) {
		return indexNumbers.next(agency, year);
	}

	WorkingDayCalendar calendar() {
		return calendar;
	}

	/**
	 * What follows a publication: the version is kept, a rule or normative document published for the first time
	 * enters the ledger as issued on its date written (else its publication day), and the event goes out.
	 */
	void published(Document document, AgencyInfo agency, String actor) {
		keepRevision(document);
		String column = jdbc.sql("select code from catalog_column where id = :id")
			.param("id", document.columnId)
			.query(String.class)
			.single();
		NormativeKind kind = switch (column) {
			case "regulations" -> NormativeKind.RULE;
			case "normative-documents" -> NormativeKind.NORMATIVE_DOCUMENT;
			default -> null;
		};
		if (kind != null && document.revision == 1) {
			LocalDate issued = document.writtenOn != null ? document.writtenOn
					: LocalDate.ofInstant(document.publishedAt, Beijing.ZONE);
			ledger.issue(agency.id(), kind, document.title, document.documentNumber, issued, null, document.id, null);
		}
		events.publishEvent(new DocumentPublished(document.id, agency.code(), document.indexNumber, document.title,
				document.revision, document.overrideReason, actor));
	}

	private void keepRevision(Document document) {
		jdbc.sql("""
				insert into document_revision (document_id, revision, column_id, title, body_html, summary,
				                               document_number, written_on, validity, reviewer, published_at,
				                               keywords, genre, topic, disclosure_method, carriers)
				values (:id, :revision, :column, :title, :body, :summary, :number, :written, :validity, :reviewer,
				        :at, :keywords, :genre, :topic, :method, :carriers)""")
			.param("carriers", document.carriers.toArray(String[]::new))
			.param("keywords", document.keywords)
			.param("genre", document.genre)
			.param("topic", document.topic == null ? null : document.topic.name())
			.param("method", document.disclosureMethod.name())
			.param("column", document.columnId)
			.param("id", document.id)
			.param("revision", document.revision)
			.param("title", document.title)
			.param("body", document.bodyHtml)
			.param("summary", document.summary)
			.param("number", document.documentNumber)
			.param("written", document.writtenOn)
			.param("validity", document.validity.name())
			.param("reviewer", document.reviewer)
			.param("at", Timestamp.from(document.publishedAt))
			.update();
	}

}
