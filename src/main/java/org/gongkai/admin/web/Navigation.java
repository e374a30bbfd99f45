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
 * @param users staff accounts: administrators and supervisors
 * @param audit the audit log: administrators
 * @param jobs the scheduled jobs and undelivered mail: the platform's administrators
 */
record Navigation(boolean requests, boolean annualReports, boolean documents, boolean normativeDocuments,
		boolean catalog, boolean users, boolean audit, boolean jobs) {

	static Navigation of(Staff staff) {
		boolean editor = staff.has(Role.EDITOR);
		boolean reviewer = staff.has(Role.REVIEWER);
		boolean admin = staff.has(Role.ADMIN);
		boolean caseWork = !editor || staff.roles().size() > 1;
		return new Navigation(caseWork, caseWork, editor || reviewer || admin, editor || reviewer, editor || admin,
				admin || staff.has(Role.SUPERVISOR), admin, staff.isPlatformAdministrator());
	}

}
