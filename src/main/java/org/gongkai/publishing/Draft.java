package org.gongkai.publishing;

import java.time.LocalDate;
import java.util.List;

/**
 * What an editor writes: the text and the metadata of OGI art. 12 and rules.md §5.1 (名称, 内容概述, 关键词, 体裁, 发布机构,
 * 发文字号, 成文日期, the date the information was formed or changed, 有效性, 主题分类, 公开方式) and the carriers
 * (公开渠道和载体 of the 目录 of 国办发〔2019〕54号: where else it is published, from the dictionary
 * {@code carriers}; null or none: the portal, 政府网站, alone).
 */
public record Draft(String columnCode, String title, String body, String summary, String keywords, String genre,
		String publisher, String documentNumber, LocalDate writtenOn, LocalDate formedOn, Validity validity,
		Topic topic, DisclosureMethod disclosureMethod, List<String> carriers) {

	/** A draft on the portal alone. */
	public Draft(String columnCode, String title, String body, String summary, String keywords, String genre,
			String publisher, String documentNumber, LocalDate writtenOn, LocalDate formedOn, Validity validity,
			Topic topic, DisclosureMethod disclosureMethod) {
		this(columnCode, title, body, summary, keywords, genre, publisher, documentNumber, writtenOn, formedOn, validity,
				topic, disclosureMethod, null);
	}

	/** A draft without a subject class, published proactively (most of what agencies publish), on the portal alone. */
	public Draft(String columnCode, String title, String body, String summary, String keywords, String genre,
			String publisher, String documentNumber, LocalDate writtenOn, LocalDate formedOn, Validity validity) {
		this(columnCode, title, body, summary, keywords, genre, publisher, documentNumber, writtenOn, formedOn, validity,
				null, DisclosureMethod.PROACTIVE, null);
	}

	/** The same draft with these carriers. */
	public Draft withCarriers(List<String> chosen) {
		return new Draft(columnCode, title, body, summary, keywords, genre, publisher, documentNumber, writtenOn,
				formedOn, validity, topic, disclosureMethod, chosen);
	}

}
