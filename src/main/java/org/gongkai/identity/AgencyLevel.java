package org.gongkai.identity;

/** The tier of an agency in the administrative tree. */
public enum AgencyLevel {

	/** 省级人民政府. */
	PROVINCE,
	/** 市级人民政府. */
	CITY,
	/** 县（区）级人民政府. */
	DISTRICT,
	/** 政府部门（局、委、办）or another body acting in its own name (OGI art. 10). */
	BUREAU

}
