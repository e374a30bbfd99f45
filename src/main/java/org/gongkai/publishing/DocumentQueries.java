package org.gongkai.publishing;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.AgencyScope;
import org.gongkai.identity.Staff;
import org.gongkai.platform.Beijing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read models of documents: the back office's list and detail, and the portal's latest publications. */
@Service
public class DocumentQueries {

	private final DocumentRecords records;

	private final DocumentSupport support;

	private final JdbcClient jdbc;

	private final Attachments attachments;

	DocumentQueries(DocumentRecords records, DocumentSupport support, JdbcClient jdbc, Attachments attachments) {
		this.records = records;
		this.support = support;
		this.jdbc = jdbc;
		this.attachments = attachments;
	}

	/** A line of the back office's list. */
	public record Line(long id, String agencyName, String columnName, DocumentStatus status, String title,
			String author, String indexNumber, java.time.Instant publishedAt) {
	}

	/** Whether the staff member may draft documents for their own agency (an EDITOR of it). */
	public boolean mayDraft(Staff staff) {
		return DocumentRoles.mayDraft(staff, records.own(staff));
	}

	/** One document the staff member reads, with the actions they may take on it now; any other is "not found". */
	public DocumentView find(Staff staff, long id) {
		DocumentRecords.Held held = records.load(staff, id);
		Document d = held.document();
		AgencyInfo agency = held.agency();
		return jdbc.sql("select code as column_code, name as column_name from catalog_column where id = :column")
			.param("column", d.columnId)
			.query((rs, row) -> new DocumentView(d.id, agency.code(), agency.name(), rs.getString("column_code"),
					rs.getString("column_name"), d.status, d.title, d.bodyHtml, d.summary, d.keywords, d.genre,
					d.topic, d.disclosureMethod,
					d.publisher, d.documentNumber, d.writtenOn, d.formedOn, d.validity, d.indexNumber, d.author,
					d.reviewer, d.overrideReason, d.reviewComment, d.publishedAt, d.publishAt, d.publishedLate,
					d.withdrawalReason, d.revision, support.check(d), attachments.current(d.id, agency.code()),
					DocumentRoles.allowed(d.status, d.author, staff, agency)))
			.single();
	}

	/** An entry of the portal's list of the latest publications across agencies. */
	public record Latest(String agencyName, String columnName, String title, String path, LocalDate publishedOn) {
	}

	/** The most recently published documents of all agencies (live versions, withdrawn ones left out). */
	public List<Latest> latest(int limit) {
		AgencyScope everyAgency = records.everyAgency();
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

}
