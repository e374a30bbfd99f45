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
 * The rectification ledger (整改台账) of findings with the shared query form (issue 19). Its status is a
 * {@link FindingStatus}; its dates bound the day found; its text is looked for in the problem, the fix required and
 * the responsible person; its person is who found it.
 */
@Service
public class FindingLedger extends CaseLedger<FindingView> {

	public static final LedgerSorting SORTING = LedgerSorting.of(false, "f.id", "deadline", "f.deadline",
			"foundOn", "f.found_on", "status", "f.status", "responsiblePerson", "f.responsible_person");

	FindingLedger(InteractionRecords records, LedgerCursor cursor) {
		super(records, cursor, "finding f", SORTING);
	}

	@Override
	LedgerWhere where(LedgerWhere scoped, LedgerQuery query) {
		return scoped.status("f.status", query.status(FindingStatus.class))
			.days("f.found_on", query)
			.text(query, "f.problem", "f.required_fix", "f.responsible_person")
			.person("f.found_by", query);
	}

	@Override
	Map<Long, FindingView> views(Staff staff, List<Long> ids, AgencyScope scope, LocalDate today) {
		return records.findings(ids).stream().collect(Collectors.toMap(f -> f.id,
				f -> Inspections.view(staff, f, scope.get(f.agencyId), today)));
	}

}
