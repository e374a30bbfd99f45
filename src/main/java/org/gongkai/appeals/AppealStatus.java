package org.gongkai.appeals;

/** Where a case stands; its result says how it ended (annual report table 四). */
public enum AppealStatus {

	/** 尚未审结: registered, no decision or judgment recorded yet. */
	PENDING,
	/** 已审结: decided with a result (维持, 纠正, 其他). */
	DECIDED

}
