package org.gongkai.publishing;

/**
 * 主题分类: the subject classification of government information used by the State Council's policy library
 * (www.gov.cn 政策文件库) and most provincial catalogs; one per document.
 */
public enum Topic {

	ORGANISATION("国务院组织机构"),
	GENERAL_AFFAIRS("综合政务"),
	ECONOMY("国民经济管理、国有资产监管"),
	FINANCE("财政、金融、审计"),
	LAND_ENERGY("国土资源、能源"),
	AGRICULTURE("农业、林业、水利"),
	INDUSTRY_TRANSPORT("工业、交通"),
	COMMERCE("商贸、海关、旅游"),
	MARKET_SAFETY("市场监管、安全生产监管"),
	CONSTRUCTION_ENVIRONMENT("城乡建设、环境保护"),
	SCIENCE_EDUCATION("科技、教育"),
	CULTURE("文化、广电、新闻出版"),
	HEALTH_SPORT("卫生、体育"),
	POPULATION("人口与计划生育、妇女儿童工作"),
	LABOUR_PERSONNEL("劳动、人事、监察"),
	SECURITY_JUSTICE("公安、安全、司法"),
	CIVIL_AFFAIRS("民政、扶贫、救灾"),
	ETHNIC_RELIGION("民族、宗教"),
	FOREIGN_AFFAIRS("对外事务"),
	HONG_KONG_MACAO_TAIWAN("港澳台侨工作"),
	DEFENCE("国防"),
	OTHER("其他");

	private final String label;

	Topic(String label) {
		this.label = label;
	}

	/** The Chinese name of the class, as catalogs print it. */
	public String label() {
		return label;
	}

}
