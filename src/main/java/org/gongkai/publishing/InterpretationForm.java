package org.gongkai.publishing;

/** The forms a policy interpretation takes (rules.md §5.6). */
public enum InterpretationForm {

	/** 文字解读. */
	TEXT,
	/** 图文、图解. */
	GRAPHIC,
	/** 视频、音频. */
	VIDEO,
	/** 一问一答、政策简明问答. */
	QA

}
