package org.gongkai.publishing;

/**
 * What changes an entry of the ledger of rules and normative documents (立、改、废, rules.md §6): a reviewer's decision,
 * or the passing of a date.
 */
public enum NormativeAction {

	/** 废止: no longer in force from a day. */
	ABOLISH,
	/** 重新公布: found still necessary in the cleanup, it gets a new validity period. */
	RENEW,
	/** 修改: in force as amended by another entry of the ledger from a day. */
	AMEND,
	/** The date of effect arrives (no one's decision). */
	TAKE_EFFECT,
	/** The validity period runs out without renewal: "有效期届满后规范性文件就自动失效" (no one's decision). */
	EXPIRE;

	/** Whether a reviewer takes this step; the others are the passing of a date. */
	public boolean byReviewer() {
		return this == ABOLISH || this == RENEW || this == AMEND;
	}

}
