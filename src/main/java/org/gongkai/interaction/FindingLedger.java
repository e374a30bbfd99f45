package org.gongkai.interaction;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gongkai.identity.AgencyScope;
import org.gongkai.identity.Staff;
import org.gongkai.platform.LedgerCursor;
import org.gongkai.platform.LedgerPage;
import org.gongkai.platform.LedgerQuery;
import org.gongkai.platform.LedgerSorting;
import org.gongkai.platform.LedgerWhere;

import org.springframework.stereotype.Service;

/**
 * The rectification ledger (整改台账) of findings with the shared query form (issue 19). Its status is a
 * {@link FindingStatus}; its dates bound the day found; its text is looked for in the problem, the fix required and
 * the responsible person; its person is who found it.
 */
@Service
public class FindingLedger {

	public static final LedgerSorting SORTING = LedgerSorting.of(false, "f.id", "deadline", "f.deadline",
			"foundOn", "f.found_on", "status", "f.status", "responsiblePerson", "f.responsible_person");

	private final InteractionRecords records;

	private final LedgerCursor cursor;

	FindingLedger(InteractionRecords records, LedgerCursor cursor) {
		this.records = records;
		this.cursor = cursor;
	}

	public LedgerPage<FindingView> page(Staff staff, LedgerQuery query) {
		return cursor.pageOfIds(sql(staff, query), query, load(staff));
	}

	/** Every finding of the query, in its order, one at a time; the number of them. */
	public long each(Staff staff, LedgerQuery query, Consumer<FindingView> rows) {
		return cursor.eachOfIds(sql(staff, query), query, load(staff), rows);
	}

	private LedgerCursor.Sql sql(Staff staff, LedgerQuery query) {
		return LedgerWhere.from("from finding f where f.agency_id in (:agencies)")
			.param("agencies", records.readableAgencies(staff).idsOrOnly(query.agency()))
			.status("f.status", query.status(FindingStatus.class))
			.days("f.found_on", query)
			.text(query, "f.problem", "f.required_fix", "f.responsible_person")
			.person("f.found_by", query)
			.sql("f.id", SORTING);
	}

	private Function<List<Long>, Map<Long, FindingView>> load(Staff staff) {
		LocalDate today = records.today();
		AgencyScope scope = records.readableAgencies(staff);
		return ids -> records.findings(ids).stream().collect(Collectors.toMap(f -> f.id,
				f -> Inspections.view(staff, f, scope.get(f.agencyId), today)));
	}

}
