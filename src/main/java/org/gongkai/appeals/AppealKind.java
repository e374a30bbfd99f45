package org.gongkai.appeals;

/** The three groups of table 四: reconsideration, and litigation split by whether reconsideration came first. */
public enum AppealKind {

	/** 行政复议. */
	RECONSIDERATION,
	/** 行政诉讼 · 未经复议直接起诉. */
	LITIGATION_DIRECT,
	/** 行政诉讼 · 复议后起诉. */
	LITIGATION_AFTER_RECONSIDERATION

}
