package org.gongkai.publishing;

/** The two kinds of binding documents counted in table 二 of the annual report (OGI art. 20 (一)). */
public enum NormativeKind {

	/** 规章. */
	RULE,
	/** 行政规范性文件. */
	NORMATIVE_DOCUMENT

}
