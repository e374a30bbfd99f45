package org.gongkai.interaction;

/** What the agency does with a proposal; {@link Proposal#TABLE} says from which state each leads where. */
public enum ProposalAction {

	/** The lead's reply with its outcome class, or the cooperating unit's written opinion (代表法 art. 51 ¶2). */
	REPLY,
	/** The deputy's or member's view on the 征询意见表, recorded by the lead unit. */
	RECORD_FEEDBACK,
	/** The reply drafted for publication and sent to review (代表法 art. 51 ¶3), once. */
	DRAFT_PUBLICATION

}
