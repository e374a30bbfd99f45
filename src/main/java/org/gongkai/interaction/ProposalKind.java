package org.gongkai.interaction;

/** Where a proposal comes from. */
public enum ProposalKind {

	/** 人大代表建议 (代表法 art. 51). */
	DEPUTY_SUGGESTION,
	/** 政协提案. */
	CPPCC_PROPOSAL

}
