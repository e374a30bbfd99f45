package org.gongkai.publishing;

import java.util.List;
import java.util.function.Consumer;

import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.AgencyScope;
import org.gongkai.identity.Staff;
import org.gongkai.platform.LedgerCursor;
import org.gongkai.platform.LedgerPage;
import org.gongkai.platform.LedgerQuery;
import org.gongkai.platform.LedgerSorting;

import org.springframework.stereotype.Service;

/**
 * The ledger of documents in the back office (issue 19): the shared query form, paged with a total, sorted by a
 * whitelisted column and exported row by row. Its status is a {@link DocumentStatus}; its dates bound the day the
 * information was formed; its text is looked for in the title, the index number and the document number; its
 * person is the author.
 */
@Service
public class DocumentLedger {

	/**
	 * The sort keys and their columns; "review" (those awaiting review first, then the newest) is the default. The
	 * direction applies to the last expression of a key only, so "review" sorts those not awaiting review (true)
	 * after those that are (false) whichever way the age goes.
	 */
	public static final LedgerSorting SORTING = LedgerSorting.of(true, "d.id", "review",
			"(d.status <> 'SUBMITTED'), d.id", "title", "d.title", "status", "d.status", "formedOn", "d.formed_on",
			"publishedAt", "d.published_at", "indexNumber", "d.index_number", "author", "d.author");

	private static final String COLUMNS = """
			d.id, d.agency_id, c.name as column_name, d.status, d.title, d.author, d.index_number, d.published_at,
			d.formed_on, d.document_number, d.revision, d.review_comment""";

	/** A line of the ledger: the list's line, and what the export adds. */
	public record Row(DocumentQueries.Line line, java.time.LocalDate formedOn, String documentNumber) {
	}

	private final DocumentRecords records;

	private final LedgerCursor cursor;

	DocumentLedger(DocumentRecords records, LedgerCursor cursor) {
		this.records = records;
		this.cursor = cursor;
	}

	public List<AgencyInfo> agencies(Staff staff) {
		return records.scope(staff).agencies();
	}

	public LedgerPage<Row> page(Staff staff, LedgerQuery query) {
		Context context = context(staff, query);
		return cursor.page(context.sql(), query, (rs, row) -> context.row(rs));
	}

	/** Every document of the query, in its order, one at a time; the number of them. */
	public long each(Staff staff, LedgerQuery query, Consumer<Row> rows) {
		Context context = context(staff, query);
		return cursor.each(context.sql(), query, rs -> rows.accept(context.row(rs)));
	}

	private Context context(Staff staff, LedgerQuery query) {
		AgencyScope scope = records.scope(staff);
		List<Long> agencies = scope.idsOrOnly(query.agency());
		DocumentStatus asked = query.status(DocumentStatus.class);
		String status = asked == null ? null : asked.name();
		StringBuilder where = new StringBuilder(
				"from document d join catalog_column c on c.id = d.column_id where d.agency_id in (:agencies)");
		if (status != null) {
			where.append(" and d.status = :status");
		}
		if (query.from() != null) {
			where.append(" and d.formed_on >= :from");
		}
		if (query.to() != null) {
			where.append(" and d.formed_on <= :to");
		}
		if (query.text() != null) {
			where.append(" and (d.title ilike :text or d.index_number ilike :text or d.document_number ilike :text)");
		}
		if (query.person() != null) {
			where.append(" and d.author = :person");
		}
		List<Long> ids = agencies;
		String chosen = status;
		return new Context(new LedgerCursor.Sql(COLUMNS, where.toString(), SORTING,
				spec -> spec.param("agencies", ids)
					.param("status", chosen)
					.param("from", query.from())
					.param("to", query.to())
					.param("text", query.textPattern())
					.param("person", query.person())),
				scope);
	}

	private record Context(LedgerCursor.Sql sql, AgencyScope scope) {

		Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
			java.sql.Timestamp published = rs.getTimestamp("published_at");
			DocumentStatus status = DocumentStatus.valueOf(rs.getString("status"));
			String comment = rs.getString("review_comment");
			return new Row(new DocumentQueries.Line(rs.getLong("id"), scope.get(rs.getLong("agency_id")).name(),
					rs.getString("column_name"), status, rs.getString("title"), rs.getString("author"),
					rs.getString("index_number"), published == null ? null : published.toInstant(),
					DocumentView.statusKey(status, rs.getInt("revision"), comment), comment),
					rs.getObject("formed_on", java.time.LocalDate.class), rs.getString("document_number"));
		}

	}

}
