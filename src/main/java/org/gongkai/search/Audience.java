package org.gongkai.search;

import org.gongkai.identity.Staff;

/**
 * Who searches, which decides what they may find: the public finds live versions of every agency; a staff member
 * finds every version of the documents of their agency and the agencies below it, nothing of others.
 *
 * @param withinAgency the code of the agency whose subtree bounds the results, null for no bound
 * @param workingCopies whether drafts, versions in review and withdrawn documents are found
 */
public record Audience(String withinAgency, boolean workingCopies) {

	public static final Audience PUBLIC = new Audience(null, false);

	public static Audience staff(Staff staff) {
		return new Audience(staff.agencyCode(), true);
	}

}
