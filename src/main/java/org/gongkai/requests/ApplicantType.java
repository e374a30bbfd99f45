package org.gongkai.requests;

/** The applicant columns of table 三; the applicant's own identity decides the column (annual-report.md §2). */
public enum ApplicantType {

	/** 自然人. */
	NATURAL_PERSON,
	/** 商业企业. */
	COMMERCIAL_ENTERPRISE,
	/** 科研机构. */
	RESEARCH_INSTITUTION,
	/** 社会公益组织. */
	SOCIAL_WELFARE_ORGANIZATION,
	/** 法律服务机构. */
	LEGAL_SERVICE_AGENCY,
	/** 其他 (other legal persons and organisations). */
	OTHER_ORGANIZATION;

	public boolean isOrganisation() {
		return this != NATURAL_PERSON;
	}

}
