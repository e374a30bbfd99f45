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

	private final Corrections corrections;

	private final ColumnGrants columns;

	DocumentQueries(DocumentRecords records, DocumentSupport support, JdbcClient jdbc, Attachments attachments,
			Corrections corrections, ColumnGrants columns) {
		this.columns = columns;
		this.corrections = corrections;
		this.records = records;
		this.support = support;
		this.jdbc = jdbc;
		this.attachments = attachments;
	}

	/**
	 * A line of the back office's list and of the dashboard; {@code statusKey} words its state for people
	 * ({@link DocumentView#statusKey}).
	 */
	public record Line(long id, String agencyName, String columnName, DocumentStatus status, String title,
			String author, String indexNumber, java.time.Instant publishedAt, String statusKey, String reviewComment) {
	}

	private static final String LINE_SQL = """
			select d.id, d.agency_id, c.name as column_name, d.status, d.title, d.author, d.index_number,
			       d.published_at, d.revision, d.review_comment
			from document d join catalog_column c on c.id = d.column_id
			where d.agency_id in (:agencies)""";

	/**
	 * The documents on a staff member's desk: as an editor their own drafts, those sent back to them with the
	 * reviewer's comment, and those waiting for review or a set time; as a reviewer those submitted by others in the
	 * agencies they review for. Each list is at most {@code limit} long, newest first.
	 */
	public record Desk(List<Line> drafts, List<Line> sentBack, List<Line> waiting, List<Line> toReview) {
	}

	public Desk desk(Staff staff, int limit) {
		AgencyScope scope = records.scope(staff);
		List<Long> editing = scope.agencies().stream()
			.filter(a -> staff.canActFor(a, org.gongkai.identity.Role.EDITOR))
			.map(a -> a.id().value())
			.toList();
		List<Long> reviewing = scope.agencies().stream()
			.filter(a -> staff.canActFor(a, org.gongkai.identity.Role.REVIEWER))
			.map(a -> a.id().value())
			.toList();
		String newest = " order by d.id desc limit " + limit;
		String mine = " and d.author = :me";
		return new Desk(
				lines(scope, editing, mine + " and d.status = 'DRAFT' and d.review_comment is null" + newest,
						staff.username()),
				lines(scope, editing, mine + " and d.status = 'DRAFT' and d.review_comment is not null" + newest,
						staff.username()),
				lines(scope, editing, mine + " and d.status in ('SUBMITTED', 'SCHEDULED')" + newest, staff.username()),
				lines(scope, reviewing, " and d.status = 'SUBMITTED' and d.author <> :me" + newest,
						staff.username()));
	}

	private List<Line> lines(AgencyScope scope, List<Long> agencies, String rest, String me) {
		if (agencies.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(LINE_SQL + rest)
			.param("agencies", agencies)
			.params(rest.contains(":me") ? java.util.Map.of("me", me) : java.util.Map.of())
			.query((rs, row) -> {
				DocumentStatus status = DocumentStatus.valueOf(rs.getString("status"));
				String comment = rs.getString("review_comment");
				return new Line(rs.getLong("id"), scope.get(rs.getLong("agency_id")).name(),
						rs.getString("column_name"), status, rs.getString("title"), rs.getString("author"),
						rs.getString("index_number"),
						rs.getTimestamp("published_at") == null ? null : rs.getTimestamp("published_at").toInstant(),
						DocumentView.statusKey(status, rs.getInt("revision"), comment), comment);
			})
			.list();
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
		List<ConfidentialityCheck.Finding> findings = support.check(d);
		List<ConfidentialityCheck.FileFinding> fileFindings = support.checkFiles(attachments.texts(d.id));
		return jdbc.sql("select code as column_code, name as column_name from catalog_column where id = :column")
			.param("column", d.columnId)
			.query((rs, row) -> new DocumentView(d.id, agency.code(), agency.name(), rs.getString("column_code"),
					rs.getString("column_name"), d.status, d.title, d.bodyHtml, d.summary, d.keywords, d.genre,
					d.topic, d.disclosureMethod, d.carriers,
					d.publisher, d.documentNumber, d.writtenOn, d.formedOn, d.validity, d.indexNumber, d.author,
					d.reviewer, d.overrideReason, d.reviewComment, d.publishedAt, d.publishAt, d.publishedLate,
					d.withdrawalReason, d.revision, findings, fileFindings, support.wording(d),
					attachments.current(d.id, agency.code()),
					allowed(d, staff, agency),
					DocumentView.statusKey(d.status, d.revision, d.reviewComment),
					ReviewCopy.markedText(d.title, findings), ReviewCopy.markedText(d.summary, findings),
					ReviewCopy.marked(d.bodyHtml, findings),
					corrections.of(d, rs.getString("column_name")).orElse(null)))
			.single();
	}

	/** The document's actions for the staff member, without writing ones in a column they are not granted. */
	private java.util.Set<DocumentAction> allowed(Document d, Staff staff, AgencyInfo agency) {
		java.util.Set<DocumentAction> allowed = DocumentRoles.allowed(d.status, d.author, staff, agency);
		if (allowed.contains(DocumentAction.EDIT) || allowed.contains(DocumentAction.SUBMIT)) {
			if (!columns.writes(staff, d.columnId)) {
				java.util.Set<DocumentAction> limited = new java.util.LinkedHashSet<>(allowed);
				limited.remove(DocumentAction.EDIT);
				limited.remove(DocumentAction.SUBMIT);
				return java.util.Collections.unmodifiableSet(limited);
			}
		}
		return allowed;
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
