package org.gongkai.publishing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyId;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.AgencyScope;
import org.gongkai.identity.Staff;
import org.gongkai.platform.Beijing;
import org.gongkai.platform.DomainException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read models of documents: the back office's list and detail, and the live versions the site renders. */
@Service
public class DocumentQueries {

	private final DocumentRepository documents;

	private final DocumentSupport support;

	private final JdbcClient jdbc;

	private final Attachments attachments;

	private final AgencyDirectory agencies;

	DocumentQueries(DocumentRepository documents, DocumentSupport support, JdbcClient jdbc, Attachments attachments,
			AgencyDirectory agencies) {
		this.attachments = attachments;
		this.documents = documents;
		this.support = support;
		this.jdbc = jdbc;
		this.agencies = agencies;
	}

	/** A line of the back office's list. */
	public record Line(long id, String agencyName, String columnName, DocumentStatus status, String title,
			String author, String indexNumber, java.time.Instant publishedAt) {
	}

	public List<Line> readableBy(Staff staff) {
		AgencyScope scope = agencies.scopeOf(staff);
		return jdbc.sql("""
				select d.id, d.agency_id, c.name as column_name, d.status, d.title, d.author, d.index_number,
				       d.published_at
				from document d join catalog_column c on c.id = d.column_id
				where d.agency_id in (:agencies) order by (d.status = 'SUBMITTED') desc, d.id desc limit 500""")
			.param("agencies", scope.ids())
			.query((rs, row) -> new Line(rs.getLong("id"), scope.get(rs.getLong("agency_id")).name(),
					rs.getString("column_name"),
					DocumentStatus.valueOf(rs.getString("status")), rs.getString("title"), rs.getString("author"),
					rs.getString("index_number"),
					rs.getTimestamp("published_at") == null ? null : rs.getTimestamp("published_at").toInstant()))
			.list();
	}

	public DocumentView find(Staff staff, long id) {
		Document d = documents.findById(id)
			.orElseThrow(() -> DomainException.notFound("publishing.document.notFound", id));
		AgencyInfo agency = agencies.find(new AgencyId(d.agencyId))
			.filter(staff::canRead)
			.orElseThrow(() -> DomainException.notFound("publishing.document.notFound", id));
		return jdbc.sql("select code as column_code, name as column_name from catalog_column where id = :column")
			.param("column", d.columnId)
			.query((rs, row) -> new DocumentView(d.id, agency.code(), agency.name(), rs.getString("column_code"),
					rs.getString("column_name"), d.status, d.title, d.bodyHtml, d.summary, d.keywords, d.genre,
					d.topic, d.disclosureMethod,
					d.publisher, d.documentNumber, d.writtenOn, d.formedOn, d.validity, d.indexNumber, d.author,
					d.reviewer, d.overrideReason, d.reviewComment, d.publishedAt, d.publishAt, d.publishedLate,
					d.withdrawalReason, d.revision, support.check(d), attachments.current(d.id, agency.code())))
			.single();
	}

	/** An entry of the portal's list of the latest publications across agencies. */
	public record Latest(String agencyName, String columnName, String title, String path, LocalDate publishedOn) {
	}

	/** The most recently published documents of all agencies (live versions, withdrawn ones left out). */
	public List<Latest> latest(int limit) {
		AgencyScope everyAgency = agencies.wholeTree();
		return jdbc.sql("""
				select d.agency_id, c.name as column_name, r.title, d.id, r.published_at
				from document d
				join document_revision r on r.document_id = d.id and r.revision = d.revision
				join catalog_column c on c.id = r.column_id
				where d.status <> 'WITHDRAWN' and d.revision > 0
				order by r.published_at desc, d.id desc limit :limit""")
			.param("limit", limit)
			.query((rs, row) -> new Latest(everyAgency.get(rs.getLong("agency_id")).name(),
					rs.getString("column_name"), rs.getString("title"),
					everyAgency.get(rs.getLong("agency_id")).code() + "/documents/" + rs.getLong("id") + ".html",
					LocalDate.ofInstant(rs.getTimestamp("published_at").toInstant(), Beijing.ZONE)))
			.list();
	}

	/** A published attachment and where its bytes are, for readers such as the search index. */
	public record AttachmentFile(String fileName, AttachmentType type, java.nio.file.Path file) {
	}

	/** The attachments of the live versions of these documents, by document. */
	public java.util.Map<Long, List<AttachmentFile>> liveAttachments(Collection<Long> documentIds) {
		java.util.Map<Long, List<AttachmentFile>> files = new java.util.HashMap<>();
		attachments.live(documentIds, agencies.wholeTree())
			.forEach((document, list) -> files.put(document, list.stream()
				.map(a -> new AttachmentFile(a.fileName(), a.type(), attachments.file(a.sha256())))
				.toList()));
		return files;
	}

	/** The codes of every column the given documents have been listed in, in any published version. */
	Set<String> columnsOf(Collection<Long> documentIds) {
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

	/** The live version of every published or withdrawn document of an agency, newest first. */
	public List<PublishedDocument> live(AgencyId agencyId) {
		AgencyInfo agency = agencies.find(agencyId).orElse(null);
		if (agency == null) {
			return List.of();
		}
		return jdbc.sql("""
				select d.id, c.code as column_code, c.name as column_name,
				       d.index_number, r.title, r.body_html, r.summary, d.publisher, r.document_number, r.written_on,
				       r.published_at, r.validity, d.status = 'WITHDRAWN' as withdrawn, d.withdrawal_reason,
				       d.interprets_id, d.interpretation_form, r.keywords, r.genre, r.topic, r.disclosure_method
				from document d
				join document_revision r on r.document_id = d.id
				     and r.revision = (select max(revision) from document_revision where document_id = d.id)
				join catalog_column c on c.id = r.column_id
				where d.agency_id = :agency order by r.published_at desc, d.id desc""")
			.param("agency", agencyId.value())
			.query((rs, row) -> new PublishedDocument(rs.getLong("id"), agency.code(), agency.name(),
					rs.getString("column_code"), rs.getString("column_name"),
					rs.getString("index_number"), rs.getString("title"), rs.getString("body_html"),
					rs.getString("summary"), rs.getString("publisher"), rs.getString("document_number"),
					rs.getObject("written_on", LocalDate.class), rs.getTimestamp("published_at").toInstant(),
					Validity.valueOf(rs.getString("validity")), rs.getBoolean("withdrawn"),
					rs.getString("withdrawal_reason"), (Long) rs.getObject("interprets_id"),
					rs.getString("interpretation_form") == null ? null
							: InterpretationForm.valueOf(rs.getString("interpretation_form")),
					rs.getString("keywords"), rs.getString("genre"),
					rs.getString("topic") == null ? null : Topic.valueOf(rs.getString("topic")),
					DisclosureMethod.valueOf(rs.getString("disclosure_method"))))
			.list();
	}

}
