package org.gongkai.publishing;

/**
 * 政府信息公开指南 with the contents OGI art. 12 ¶2 requires: "政府信息的分类、编排体系、获取方式和政府信息公开工作机构的
 * 名称、办公地址、办公时间、联系电话、传真号码、互联网联系方式".
 */
public record DisclosureGuide(String classification, String arrangement, String howToObtain, String officeName,
		String address, String officeHours, String phone, String fax, String webContact) {

	/** A starting text for an agency that has not written its guide yet. */
	public static DisclosureGuide template(String agencyName) {
		return new DisclosureGuide("本机关主动公开的政府信息按《中华人民共和国政府信息公开条例》第二十条分类，见政府信息公开目录。",
				"政府信息公开目录按栏目编排，每条信息标注索引号、名称、内容概述、生成日期。",
				"主动公开的信息可在本网站查阅、检索和下载；其他信息可通过本网站“申请政府信息公开”、信函、当面或传真提出申请，本机关自收到申请之日起20个工作日内答复。",
				agencyName.isBlank() ? "政府信息公开工作机构" : agencyName + "办公室", "", "工作日上午9:00—12:00，下午13:30—17:30", "", "", "");
	}

}
