package org.gongkai.publishing;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;

/**
 * Who may move a document of an agency: its EDITORs write, submit and take a submission back; its REVIEWERs send back, publish, schedule,
 * call off and withdraw, and publish only what they did not write themselves (OGI art. 17: reviewed by another).
 * Nobody moves a scheduled document live by hand: the set time does.
 */
final class DocumentRoles {

	private DocumentRoles() {
	}

	/** The role an action needs; a staff member without it for the agency is refused (403). */
	static void require(Staff staff, AgencyInfo agency, DocumentAction action) {
		Role role = role(action);
		if (!staff.canActFor(agency, role)) {
			throw DomainException.notPermitted(
					role == Role.REVIEWER ? "publishing.review.reviewerOnly" : "publishing.document.editorOnly");
		}
	}

	/** The actions the table allows now that this staff member may take on the document. */
	static Set<DocumentAction> allowed(DocumentStatus status, String author, Staff staff, AgencyInfo agency) {
		Set<DocumentAction> allowed = new LinkedHashSet<>(DocumentTransitions.allowedActions(status));
		allowed.removeIf(action -> action == DocumentAction.PUBLISH_DUE || !staff.canActFor(agency, role(action))
				|| approves(action) && staff.username().equals(author));
		return Collections.unmodifiableSet(allowed);
	}

	/** Whether the staff member may draft a new document for the agency. */
	static boolean mayDraft(Staff staff, AgencyInfo agency) {
		return staff.canActFor(agency, role(DocumentAction.EDIT));
	}

	private static Role role(DocumentAction action) {
		return action == DocumentAction.EDIT || action == DocumentAction.SUBMIT || action == DocumentAction.RECALL
				? Role.EDITOR : Role.REVIEWER;
	}

	private static boolean approves(DocumentAction action) {
		return action == DocumentAction.PUBLISH || action == DocumentAction.SCHEDULE;
	}

}
