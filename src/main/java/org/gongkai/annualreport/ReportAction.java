package org.gongkai.annualreport;

/** What a staff member may do with a report; the page offers exactly these (TemplatePermissionsTests). */
public enum ReportAction {

	/** Save the narrative: the agency's own officer, leader or administrator. */
	SAVE,
	/** Publish: the same people; never a supervising office, for it is the agency's statutory document. */
	PUBLISH,
	/** Send the report back with a comment: a supervisor of an agency above it. */
	SEND_BACK

}
