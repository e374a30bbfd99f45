package org.gongkai.interaction;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongkai.identity.AgencyScope;
import org.gongkai.identity.Staff;
import org.gongkai.platform.LedgerCursor;
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
public class ProposalLedger extends CaseLedger<ProposalView> {

	public static final LedgerSorting SORTING = LedgerSorting.of(false, "p.id", "dueOn", "p.due_on", "assignedOn",
			"p.assigned_on", "reference", "p.reference", "title", "p.title", "status", "p.status");

	ProposalLedger(InteractionRecords records, LedgerCursor cursor) {
		super(records, cursor, "proposal p", SORTING);
	}

	@Override
	LedgerWhere where(LedgerWhere scoped, LedgerQuery query) {
		return scoped.status("p.status", query.status(ProposalStatus.class))
			.days("p.assigned_on", query)
			.text(query, "p.reference", "p.title", "p.proposer")
			.person("p.assigned_by", query);
	}

	@Override
	Map<Long, ProposalView> views(Staff staff, List<Long> ids, AgencyScope scope, LocalDate today) {
		return records.proposals(ids).stream().collect(Collectors.toMap(p -> p.id, p -> ProposalView.of(p,
				scope.get(p.agencyId), today, ProposalDesk.allowedActions(staff, scope.get(p.agencyId), p))));
	}

}
