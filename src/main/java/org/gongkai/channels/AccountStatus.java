package org.gongkai.channels;

/** Where a 政务新媒体 account stands in the register. */
public enum AccountStatus {

	/** Run and updated (正常运营). */
	ACTIVE,
	/** Updates paused, e.g. while its 主办单位 changes (暂停更新); still judged for freshness. */
	SUSPENDED,
	/** Closed or merged (已关停整合); no longer judged. */
	CLOSED

}
