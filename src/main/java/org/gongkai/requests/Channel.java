package org.gongkai.requests;

/** How an application arrived; it decides the day of receipt (OGI art. 31). */
public enum Channel {

	/** 互联网: the day both sides confirm (art. 31 (三)). */
	ONLINE,
	/** 当面提交: the day of submission (art. 31 (一)). */
	IN_PERSON,
	/** 邮寄: the day the agency signs for it, or for an ordinary letter the day of confirmation (art. 31 (二)). */
	POST,
	/** 传真: the day both sides confirm (art. 31 (三)). */
	FAX,
	/** 电子邮件 (数据电文): the day both sides confirm. */
	EMAIL

}
