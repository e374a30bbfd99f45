package org.gongkai.interaction;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.gongkai.identity.AgencyScope;
import org.gongkai.identity.Staff;
import org.gongkai.platform.LedgerCursor;
import org.gongkai.platform.LedgerPage;
import org.gongkai.platform.LedgerQuery;
import org.gongkai.platform.LedgerSorting;
import org.gongkai.platform.LedgerWhere;

/**
 * A ledger of an interaction case kept as an aggregate (findings, proposals) with the shared query form (issue 19):
 * the query selects the ids of the cases of the agencies the reader may read, and each page's cases are loaded
 * through their aggregate and shown as their views, with the actions the reader may take. A ledger names its table,
 * its conditions and its views; the paging and the export are this class's.
 *
 * @param <V> the view of a case a row shows
 */
public abstract class CaseLedger<V> {

	final InteractionRecords records;

	private final LedgerCursor cursor;

	private final String table;

	private final String alias;

	private final LedgerSorting sorting;

	/** @param table the case's table and its alias, as {@code from} names them ({@code finding f}) */
	CaseLedger(InteractionRecords records, LedgerCursor cursor, String table, LedgerSorting sorting) {
		this.records = records;
		this.cursor = cursor;
		this.table = table;
		this.alias = table.substring(table.indexOf(' ') + 1);
		this.sorting = sorting;
	}

	public LedgerPage<V> page(Staff staff, LedgerQuery query) {
		return cursor.pageOfIds(sql(staff, query), query, load(staff));
	}

	/** Every case of the query, in its order, one at a time; the number of them. */
	public long each(Staff staff, LedgerQuery query, Consumer<V> rows) {
		return cursor.eachOfIds(sql(staff, query), query, load(staff), rows);
	}

	/** The query's own conditions (status, dates, text, person) added to the reader's scope. */
	abstract LedgerWhere where(LedgerWhere scoped, LedgerQuery query);

	/** The views of the cases of {@code ids}, by id. */
	abstract Map<Long, V> views(Staff staff, List<Long> ids, AgencyScope scope, LocalDate today);

	private LedgerCursor.Sql sql(Staff staff, LedgerQuery query) {
		LedgerWhere scoped = LedgerWhere.from("from " + table + " where " + alias + ".agency_id in (:agencies)")
			.param("agencies", records.readableAgencies(staff).idsOrOnly(query.agency()));
		return where(scoped, query).sql(alias + ".id", sorting);
	}

	private Function<List<Long>, Map<Long, V>> load(Staff staff) {
		LocalDate today = records.today();
		AgencyScope scope = records.readableAgencies(staff);
		return ids -> views(staff, ids, scope, today);
	}

}
