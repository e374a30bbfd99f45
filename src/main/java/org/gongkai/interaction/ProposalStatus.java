package org.gongkai.interaction;

/** Where a proposal stands. */
public enum ProposalStatus {

	/** Assigned to the agency, reply not yet given. */
	ASSIGNED,
	/** Replied (a cooperating unit: its opinion sent to the lead). */
	REPLIED,
	/** The deputy's or member's satisfaction is recorded. */
	CLOSED

}
