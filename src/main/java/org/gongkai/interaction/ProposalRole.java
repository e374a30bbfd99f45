package org.gongkai.interaction;

/** The agency's part in handling a proposal (rules.md §7.2). */
public enum ProposalRole {

	/** 主办: answers the deputy or member. */
	LEAD,
	/** 会办/协办: gives its written opinion to the lead unit. */
	COOPERATING

}
