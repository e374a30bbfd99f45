package org.gongkai.assistant;

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
 * The back office's ledger of service items (办事指南) with the shared query form (issue 19). Its status is
 * {@link Status}; its dates bound the Beijing day last changed; its text is looked for in the name, the code and the
 * department; its person is who changed it last.
 */
@Service
public class ServiceItemLedger {

	/** Whether an item is on the portal. */
	public enum Status {

		PUBLISHED, UNPUBLISHED

	}

	public static final LedgerSorting SORTING = LedgerSorting.of(false, "s.id", "department", "s.department, s.name",
			"name", "s.name", "code", "s.code", "updatedAt", "s.updated_at");

	private final ServiceItems items;

	private final AgencyDirectory agencies;

	private final LedgerCursor cursor;

	ServiceItemLedger(ServiceItems items, AgencyDirectory agencies, LedgerCursor cursor) {
		this.items = items;
		this.agencies = agencies;
		this.cursor = cursor;
	}

	public List<AgencyInfo> agencies(Staff staff) {
		return agencies.scopeOf(staff).agencies();
	}

	public LedgerPage<ServiceGuide> page(Staff staff, LedgerQuery query) {
		AgencyScope scope = agencies.scopeOf(staff);
		return cursor.page(sql(scope, query), query, (rs, row) -> items.map(rs, scope));
	}

	/** Every item of the query, in its order, one at a time; the number of them. */
	public long each(Staff staff, LedgerQuery query, Consumer<ServiceGuide> rows) {
		AgencyScope scope = agencies.scopeOf(staff);
		return cursor.each(sql(scope, query), query, rs -> rows.accept(items.map(rs, scope)));
	}

	private static LedgerCursor.Sql sql(AgencyScope scope, LedgerQuery query) {
		LedgerWhere where = LedgerWhere.from("from service_item s where s.agency_id in (:agencies)")
			.param("agencies", scope.idsOrOnly(query.agency()));
		Status status = query.status(Status.class);
		if (status != null) {
			where.and(status == Status.PUBLISHED ? "s.published" : "not s.published");
		}
		return where.instants("s.updated_at", query)
			.text(query, "s.name", "s.code", "s.department")
			.person("s.updated_by", query)
			.sql("s.*", SORTING);
	}

}
