package org.gongkai.admin.web;

import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;

/**
 * The back-office sections the signed-in staff member's roles open; the layout links exactly these (the sections
 * not named here are open to every staff member). Each section checks its own rights again.
 *
 * @param requests applications (依申请公开): every role but an editor who is nothing else
 * @param annualReports annual reports: as applications
 * @param documents documents (主动公开): editors, reviewers and administrators
 * @param normativeDocuments normative documents: editors and reviewers
 * @param catalog the catalog and the disclosure guide: editors and administrators
 * @param users staff accounts: system and security administrators, and supervisors
 * @param audit the audit log and the login log: auditors (三员分立, issue 19)
 * @param jobs the scheduled jobs and undelivered mail: the platform's administrators
 * @param workspace the sections open to all staff (interaction, assistant, freshness, channels, agencies, search,
 *        dictionaries, calendar): everyone but an account that is only an auditor, whom the back office confines
 *        to the logs
 */
record Navigation(boolean requests, boolean annualReports, boolean documents, boolean normativeDocuments,
		boolean catalog, boolean users, boolean audit, boolean jobs, boolean workspace) {

	static Navigation of(Staff staff) {
		boolean editor = staff.has(Role.EDITOR);
		boolean reviewer = staff.has(Role.REVIEWER);
		boolean admin = staff.has(Role.ADMIN);
		long business = staff.roles().stream().filter(r -> r != Role.SECURITY_ADMIN && r != Role.AUDITOR).count();
		boolean caseWork = business > 0 && (!editor || business > 1);
		return new Navigation(caseWork, caseWork, editor || reviewer || admin, editor || reviewer, editor || admin,
				admin || staff.has(Role.SECURITY_ADMIN) || staff.has(Role.SUPERVISOR), staff.has(Role.AUDITOR),
				staff.isPlatformAdministrator(), !staff.roles().stream().allMatch(r -> r == Role.AUDITOR));
	}

}
