package org.gongkai.appeals;

/** How a decided case ended; a case without a result is 尚未审结 (pending). */
public enum AppealResult {

	/** 结果维持: the agency's decision stands. */
	UPHELD,
	/** 结果纠正: the decision is revoked, changed or found unlawful. */
	CORRECTED,
	/** 其他结果: withdrawn, dismissed on procedure, settled. */
	OTHER

}
