package org.gongkai.identity;

/** What a staff user may do for their agency. */
public enum Role {

	/**
	 * System administrator (系统管理员): manages agencies, accounts, the calendar and the settings. Does not read the
	 * audit log, and grants none of the three administrators' roles (三员分立, issue 19).
	 */
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
	SUPERVISOR,
	/**
	 * Security administrator (安全管理员): grants and withdraws roles and column grants, and ends sessions, for their
	 * agency and those below it.
	 */
	SECURITY_ADMIN,
	/**
	 * Security auditor (安全审计员): reads and exports the audit log and the login log of their agency and those below
	 * it (of the whole platform at the root), and nothing else.
	 */
	AUDITOR;

	/** Whether this is one of the three separated administrators' roles (三员): no account holds two of them. */
	public boolean administrative() {
		return this == ADMIN || this == SECURITY_ADMIN || this == AUDITOR;
	}

}
