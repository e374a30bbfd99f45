package org.gongkai.requests;

/** How the applicant wants the information (OGI art. 29 (三)). */
public enum DeliveryMethod {

	/** 邮寄. */
	POST,
	/** 电子邮件. */
	EMAIL,
	/** 当面领取. */
	IN_PERSON,
	/** 网上获取. */
	ONLINE

}
