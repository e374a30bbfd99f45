package org.gongkai.identity;

/** What a staff user may do for their agency. */
public enum Role {

	/** Manages agencies, users, the calendar and reads the audit log. */
	ADMIN,
	/** Writes documents. */
	EDITOR,
	/** Approves documents for publication. */
	REVIEWER,
	/** Disclosure officer: handles requests for information. */
	OFFICER,
	/** Head of the disclosure office: approves extensions and the annual report. */
	LEADER,
	/** Supervising office: reads everything of the agencies below its own, changes nothing. */
	SUPERVISOR

}
