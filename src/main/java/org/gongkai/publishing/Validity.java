package org.gongkai.publishing;

/** 有效性 of a published document, shown on its page. */
public enum Validity {

	/** 有效. */
	VALID,
	/** 失效. */
	EXPIRED,
	/** 废止. */
	ABOLISHED

}
