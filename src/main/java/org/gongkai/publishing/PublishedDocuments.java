package org.gongkai.publishing;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ObjIntConsumer;
import java.util.stream.Collectors;

import org.gongkai.identity.AgencyId;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.platform.Beijing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The read model publishing offers its projections: the static site (OGI art. 23: the government website is the
 * first channel of disclosure), the search index (OGI art. 24: retrieval) and the assistant's knowledge index. They
 * read publishing's data only through these records, never its tables. Agencies are named by their
 * {@link AgencyInfo}, which the caller has from identity.
 */
@Service
public class PublishedDocuments {

	/**
	 * The {@link org.gongkai.platform.ChangeLog} topic under which every change of a document is recorded, keyed
	 * {@code agencyCode:documentId}, for the projections of other nodes to follow.
	 */
	public static final String CHANGE_TOPIC = "document";

	private final JdbcClient jdbc;

	private final Attachments attachments;

	private final Catalog catalog;

	private final DisclosureGuides guides;

	private final NormativeLedger ledger;

	PublishedDocuments(JdbcClient jdbc, Attachments attachments, Catalog catalog, DisclosureGuides guides,
			NormativeLedger ledger) {
		this.jdbc = jdbc;
		this.attachments = attachments;
		this.catalog = catalog;
		this.guides = guides;
		this.ledger = ledger;
	}

	/**
	 * Everything one agency publishes: its catalog, its disclosure guide (OGI art. 12), the live version of every
	 * published or withdrawn document (newest first) with its files, and the ledger entries of its normative documents.
	 */
	public record PublishedAgency(AgencyInfo agency, List<CatalogColumn> columns, Optional<DisclosureGuide> guide,
			List<PublishedDocument> documents, Map<Long, List<Attachment>> attachments,
			Map<Long, NormativeEntry> normative) {
	}

	/** The text of a published attachment (PDF, DOCX, XLSX; empty for an image), for the search index. */
	public record AttachmentFileText(String fileName, String text) {
	}

	/**
	 * A document as stored, for the search index: its back-office copy and, once published, its latest published
	 * revision.
	 *
	 * @param version the row version, which tells a projection whether it is up to date
	 * @param live null while no version was ever published
	 * @param publishedOn the day the latest revision went live, in Beijing; null while none did
	 */
	public record StoredDocument(long id, int version, DocumentStatus status, AgencyId agency, String columnCode,
			String columnName, String keywords, String genre, String indexNumber, Copy working, Copy live,
			LocalDate publishedOn) {
	}

	/**
	 * The text and the dated metadata of one copy of a document.
	 *
	 * @param carriers the 公开渠道和载体 of the copy (政府网站 at least for every document on the portal)
	 */
	public record Copy(String title, String bodyHtml, String summary, String documentNumber, LocalDate writtenOn,
			Validity validity, List<String> carriers) {
	}

	private static final String STORED = """
			select d.id, d.version, d.status, d.agency_id, c.code as column_code, c.name as column_name, d.keywords,
			       d.genre, d.index_number, d.title, d.body_html, d.summary, d.document_number, d.written_on, d.validity,
			       d.carriers, r.carriers as r_carriers, r.title as r_title, r.body_html as r_body_html, r.summary as r_summary,
			       r.document_number as r_document_number, r.written_on as r_written_on, r.validity as r_validity,
			       r.published_at as r_published_at
			from document d
			join catalog_column c on c.id = d.column_id
			left join document_revision r on r.document_id = d.id and r.revision = d.revision
			""";

	/** What the site renders of an agency. */
	public PublishedAgency of(AgencyInfo agency) {
		Map<Long, NormativeEntry> normative = ledger.of(agency.id())
			.stream()
			.filter(entry -> entry.documentId() != null)
			.collect(Collectors.toMap(NormativeEntry::documentId, entry -> entry));
		return new PublishedAgency(agency, catalog.of(agency.id()), guides.of(agency.id()), live(agency),
				attachments.live(agency.id(), agency.code()), normative);
	}

	/** The columns of an agency's catalog, each of which has its page on the site. */
	public List<CatalogColumn> columns(AgencyInfo agency) {
		return catalog.of(agency.id());
	}

	/** The live version of every published or withdrawn document of an agency, newest first. */
	public List<PublishedDocument> live(AgencyInfo agency) {
		return jdbc.sql("""
				select d.id, c.code as column_code, c.name as column_name,
				       d.index_number, r.title, r.body_html, r.summary, d.publisher, r.document_number, r.written_on,
				       r.published_at, r.validity, d.status = 'WITHDRAWN' as withdrawn, d.withdrawal_reason,
				       d.interprets_id, d.interpretation_form, r.keywords, r.genre, r.topic, r.disclosure_method,
				       r.carriers
				from document d
				join document_revision r on r.document_id = d.id
				     and r.revision = (select max(revision) from document_revision where document_id = d.id)
				join catalog_column c on c.id = r.column_id
				where d.agency_id = :agency order by r.published_at desc, d.id desc""")
			.param("agency", agency.id().value())
			.query((rs, row) -> new PublishedDocument(rs.getLong("id"), agency.code(), agency.name(),
					rs.getString("column_code"), rs.getString("column_name"), rs.getString("index_number"),
					rs.getString("title"), rs.getString("body_html"), rs.getString("summary"),
					rs.getString("publisher"), rs.getString("document_number"),
					rs.getObject("written_on", LocalDate.class), rs.getTimestamp("published_at").toInstant(),
					Validity.valueOf(rs.getString("validity")), rs.getBoolean("withdrawn"),
					rs.getString("withdrawal_reason"), (Long) rs.getObject("interprets_id"),
					rs.getString("interpretation_form") == null ? null
							: InterpretationForm.valueOf(rs.getString("interpretation_form")),
					rs.getString("keywords"), rs.getString("genre"),
					rs.getString("topic") == null ? null : Topic.valueOf(rs.getString("topic")),
					DisclosureMethod.valueOf(rs.getString("disclosure_method")), carriers(rs, "carriers")))
			.list();
	}

	/** The codes of every column the given documents have been listed in, in any published version. */
	public Set<String> columnsOf(Collection<Long> documentIds) {
		if (documentIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				select distinct c.code from document_revision r join catalog_column c on c.id = r.column_id
				where r.document_id in (:ids)""")
			.param("ids", documentIds)
			.query(String.class)
			.list());
	}

	/** Where the bytes of an attachment are kept; the site copies them, so that the store never shares a file. */
	public Path fileOf(Attachment attachment) {
		return attachments.file(attachment.sha256());
	}

	/** The text of the attachments of the live versions of these documents, by document, as stored on upload. */
	public Map<Long, List<AttachmentFileText>> liveAttachmentTexts(Collection<Long> documentIds) {
		return attachments.liveTexts(documentIds);
	}

	/** These documents as stored now (those the database no longer has are left out). */
	public List<StoredDocument> stored(Collection<Long> documentIds) {
		if (documentIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(STORED + " where d.id = any(:ids)")
			.param("ids", documentIds.stream().mapToLong(Long::longValue).toArray())
			.query(PublishedDocuments::stored)
			.list();
	}

	/** The next documents in id order after {@code afterId}, at most {@code limit}, for a rebuild. */
	public List<StoredDocument> storedAfter(long afterId, int limit) {
		return jdbc.sql(STORED + " where d.id > :after order by d.id limit :size")
			.param("after", afterId)
			.param("size", limit)
			.query(PublishedDocuments::stored)
			.list();
	}

	/** How many documents there are, in any state. */
	public long count() {
		return jdbc.sql("select count(*) from document").query(Long.class).single();
	}

	/**
	 * The row version of every document, or of those in review only (DRAFT, SUBMITTED: whose working copy changes),
	 * to a consumer of id and version.
	 */
	public void eachVersion(boolean workingOnly, ObjIntConsumer<Long> idAndVersion) {
		jdbc.sql("select id, version from document" + (workingOnly ? " where status in ('DRAFT', 'SUBMITTED')" : ""))
			.query((ResultSet rs) -> {
				idAndVersion.accept(rs.getLong(1), rs.getInt(2));
			});
	}

	/** The carriers of a row's {@code text[]} column, in their order (none if the column is null). */
	static List<String> carriers(ResultSet rs, String column) throws SQLException {
		java.sql.Array array = rs.getArray(column);
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

	private static StoredDocument stored(ResultSet rs, int row) throws SQLException {
		Copy working = new Copy(rs.getString("title"), rs.getString("body_html"), rs.getString("summary"),
				rs.getString("document_number"), rs.getObject("written_on", LocalDate.class),
				Validity.valueOf(rs.getString("validity")), carriers(rs, "carriers"));
		Copy live = rs.getString("r_title") == null ? null
				: new Copy(rs.getString("r_title"), rs.getString("r_body_html"), rs.getString("r_summary"),
						rs.getString("r_document_number"), rs.getObject("r_written_on", LocalDate.class),
						rs.getString("r_validity") == null ? null : Validity.valueOf(rs.getString("r_validity")),
						carriers(rs, "r_carriers"));
		return new StoredDocument(rs.getLong("id"), rs.getInt("version"), DocumentStatus.valueOf(rs.getString("status")),
				new AgencyId(rs.getLong("agency_id")), rs.getString("column_code"), rs.getString("column_name"),
				rs.getString("keywords"), rs.getString("genre"), rs.getString("index_number"), working, live,
				rs.getTimestamp("r_published_at") == null ? null
						: LocalDate.ofInstant(rs.getTimestamp("r_published_at").toInstant(), Beijing.ZONE));
	}

}
