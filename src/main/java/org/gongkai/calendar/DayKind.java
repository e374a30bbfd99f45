package org.gongkai.calendar;

/** How a State Council notice overrides the weekend rule for one date. */
public enum DayKind {

	/** 放假: a day off, also when it falls on a weekday. */
	HOLIDAY,
	/** 调休上班: a Saturday or Sunday that is a working day. */
	MAKE_UP_WORKDAY

}
