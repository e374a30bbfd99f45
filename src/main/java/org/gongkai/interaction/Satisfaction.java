package org.gongkai.interaction;

/** What the deputy or member answers on the 征询意见表. */
public enum Satisfaction {

	/** 满意. */
	SATISFIED,
	/** 基本满意. */
	BASICALLY_SATISFIED,
	/** 不满意. */
	DISSATISFIED

}
