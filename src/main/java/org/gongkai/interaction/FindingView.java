package org.gongkai.interaction;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.gongkai.identity.AgencyInfo;

/**
 * A finding as the rectification ledger shows it.
 *
 * @param overdue not closed by its deadline (still open past it, or closed after it)
 * @param allowedActions what the reader may do with it now: the table's steps the reader may take for its agency
 */
public record FindingView(long id, String agencyCode, String agencyName, FindingSource source, String foundBy,
		LocalDate foundOn, String problem, String requiredFix, LocalDate deadline, String responsiblePerson,
		FindingStatus status, String evidence, List<String> evidenceLinks, LocalDate fixReportedOn,
		String returnedReason, LocalDate closedOn, String closedBy, LocalDate escalatedOn, boolean overdue,
		Set<FindingAction> allowedActions) {

	static FindingView of(Finding f, AgencyInfo agency, LocalDate today, Set<FindingAction> allowedActions) {
		return new FindingView(f.id, agency.code(), agency.name(), f.source, f.foundBy, f.foundOn, f.problem,
				f.requiredFix, f.deadline, f.responsiblePerson, f.status, f.evidence, f.links(), f.fixReportedOn,
				f.returnedReason, f.closedOn, f.closedBy, f.escalatedOn, f.overdueOn(today), allowedActions);
	}

}
