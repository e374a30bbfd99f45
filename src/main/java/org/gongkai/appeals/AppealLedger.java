package org.gongkai.appeals;

import java.util.List;
import java.util.function.Consumer;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.AgencyScope;
import org.gongkai.identity.Staff;
import org.gongkai.platform.LedgerCursor;
import org.gongkai.platform.LedgerPage;
import org.gongkai.platform.LedgerQuery;
import org.gongkai.platform.LedgerSorting;
import org.gongkai.platform.LedgerWhere;

import org.springframework.stereotype.Service;

/**
 * The ledger of reconsideration and litigation cases with the shared query form (issue 19), over the agencies the
 * reader may read. Its status is an {@link AppealStatus} (pending or decided); its dates bound the day filed; its text
 * is looked for in the body, the request's tracking number, the documents and the reference.
 */
@Service
public class AppealLedger {

	public static final LedgerSorting SORTING = LedgerSorting.of(true, "a.id", "filedOn", "a.filed_on",
			"decidedOn", "a.decided_on", "kind", "a.kind", "body", "a.body");

	private static final String COLUMNS = """
			a.id, a.agency_id, a.kind, a.body, a.filed_on, a.request_tracking_number, a.decided_on, a.result,
			a.documents, a.reference""";

	/** A line of the ledger: the case and the agency it belongs to. */
	public record Row(AppealView appeal, String agencyName) {
	}

	private final AgencyDirectory agencies;

	private final LedgerCursor cursor;

	AppealLedger(AgencyDirectory agencies, LedgerCursor cursor) {
		this.agencies = agencies;
		this.cursor = cursor;
	}

	public List<AgencyInfo> agencies(Staff staff) {
		return agencies.scopeOf(staff).agencies();
	}

	public LedgerPage<Row> page(Staff staff, LedgerQuery query) {
		AgencyScope scope = agencies.scopeOf(staff);
		return cursor.page(sql(scope, query), query, (rs, row) -> row(rs, staff, scope));
	}

	/** Every case of the query, in its order, one at a time; the number of them. */
	public long each(Staff staff, LedgerQuery query, Consumer<Row> rows) {
		AgencyScope scope = agencies.scopeOf(staff);
		return cursor.each(sql(scope, query), query, rs -> rows.accept(row(rs, staff, scope)));
	}

	private static LedgerCursor.Sql sql(AgencyScope scope, LedgerQuery query) {
		LedgerWhere where = LedgerWhere.from("from appeal a where a.agency_id in (:agencies)")
			.param("agencies", scope.idsOrOnly(query.agency()));
		AppealStatus status = query.status(AppealStatus.class);
		if (status != null) {
			where.and(status == AppealStatus.PENDING ? "a.result is null" : "a.result is not null");
		}
		return where.days("a.filed_on", query)
			.text(query, "a.body", "a.request_tracking_number", "a.documents", "a.reference")
			.sql(COLUMNS, SORTING);
	}

	private static Row row(java.sql.ResultSet rs, Staff staff, AgencyScope scope) throws java.sql.SQLException {
		AgencyInfo agency = scope.get(rs.getLong("agency_id"));
		return new Row(Appeals.map(rs, staff, agency), agency.name());
	}

}
