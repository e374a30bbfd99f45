package org.gongkai.requests;

/**
 * The provision of the statute a withheld part rests on (OGI art. 14–16), with the words of the article the reply
 * quotes. The officer picks one per withheld part and writes the specific reason beside it (art. 36 (三), 37).
 */
public enum LegalBasis {

	/** 第十四条: 国家秘密. */
	ART14_STATE_SECRET("第十四条", "属于国家秘密"),
	/** 第十四条: 法律、行政法规禁止公开. */
	ART14_PROHIBITED_BY_LAW("第十四条", "属于法律、行政法规禁止公开的政府信息"),
	/** 第十四条: 三安全一稳定. */
	ART14_SECURITY_STABILITY("第十四条", "公开后可能危及国家安全、公共安全、经济安全、社会稳定"),
	/** 第十五条: 商业秘密、个人隐私等第三方合法权益. */
	ART15_THIRD_PARTY("第十五条", "涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害"),
	/** 第十六条第一款: 内部事务信息. */
	ART16_INTERNAL_AFFAIRS("第十六条第一款", "属于人事管理、后勤管理、内部工作流程等内部事务信息"),
	/** 第十六条第二款: 过程性信息. */
	ART16_PROCESS_INFORMATION("第十六条第二款", "属于讨论记录、过程稿、磋商信函、请示报告等过程性信息"),
	/** 第十六条第二款: 行政执法案卷. */
	ART16_ENFORCEMENT_CASE_FILE("第十六条第二款", "属于行政执法案卷信息");

	private final String article;

	private final String ground;

	LegalBasis(String article, String ground) {
		this.article = article;
		this.ground = ground;
	}

	/** The article, as a letter cites it: 第十五条. */
	public String article() {
		return article;
	}

	/** The ground in the statute's words. */
	public String ground() {
		return ground;
	}

}
