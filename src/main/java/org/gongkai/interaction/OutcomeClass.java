package org.gongkai.interaction;

/** The class a reply to a proposal states (rules.md §7.2, 莆田). */
public enum OutcomeClass {

	/** 已经解决或基本解决. */
	A,
	/** 正在解决或列入规划逐步解决. */
	B,
	/** 因条件限制需以后解决. */
	C,
	/** 留作参考. */
	D

}
