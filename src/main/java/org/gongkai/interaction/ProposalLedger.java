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
 * The ledger of deputies' suggestions and CPPCC proposals with the shared query form (issue 19). Its status is a
 * {@link ProposalStatus}; its dates bound the day assigned; its text is looked for in the reference, the title and
 * the proposer; its person is who assigned it.
 */
@Service
public class ProposalLedger {

	public static final LedgerSorting SORTING = LedgerSorting.of(false, "p.id", "dueOn", "p.due_on", "assignedOn",
			"p.assigned_on", "reference", "p.reference", "title", "p.title", "status", "p.status");

	private final InteractionRecords records;

	private final LedgerCursor cursor;

	ProposalLedger(InteractionRecords records, LedgerCursor cursor) {
		this.records = records;
		this.cursor = cursor;
	}

	public LedgerPage<ProposalView> page(Staff staff, LedgerQuery query) {
		return cursor.pageOfIds(sql(staff, query), query, load(staff));
	}

	/** Every proposal of the query, in its order, one at a time; the number of them. */
	public long each(Staff staff, LedgerQuery query, Consumer<ProposalView> rows) {
		return cursor.eachOfIds(sql(staff, query), query, load(staff), rows);
	}

	private LedgerCursor.Sql sql(Staff staff, LedgerQuery query) {
		return LedgerWhere.from("from proposal p where p.agency_id in (:agencies)")
			.param("agencies", records.readableAgencies(staff).idsOrOnly(query.agency()))
			.status("p.status", query.status(ProposalStatus.class))
			.days("p.assigned_on", query)
			.text(query, "p.reference", "p.title", "p.proposer")
			.person("p.assigned_by", query)
			.sql("p.id", SORTING);
	}

	private Function<List<Long>, Map<Long, ProposalView>> load(Staff staff) {
		LocalDate today = records.today();
		AgencyScope scope = records.readableAgencies(staff);
		return ids -> records.proposals(ids).stream().collect(Collectors.toMap(p -> p.id, p -> ProposalView.of(p,
				scope.get(p.agencyId), today, ProposalDesk.allowedActions(staff, scope.get(p.agencyId), p))));
	}

}
