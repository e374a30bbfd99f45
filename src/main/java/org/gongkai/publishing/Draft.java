package org.gongkai.publishing;

import java.time.LocalDate;

/**
 * What an editor writes: the text and the metadata of OGI art. 12 and rules.md §5.1 (名称, 内容概述, 关键词, 体裁, 发布机构,
 * 发文字号, 成文日期, the date the information was formed or changed, 有效性, 主题分类, 公开方式).
 */
public record Draft(String columnCode, String title, String body, String summary, String keywords, String genre,
		String publisher, String documentNumber, LocalDate writtenOn, LocalDate formedOn, Validity validity,
		Topic topic, DisclosureMethod disclosureMethod) {

	/** A draft without a subject class, published proactively (most of what agencies publish). */
	public Draft(String columnCode, String title, String body, String summary, String keywords, String genre,
			String publisher, String documentNumber, LocalDate writtenOn, LocalDate formedOn, Validity validity) {
		this(columnCode, title, body, summary, keywords, genre, publisher, documentNumber, writtenOn, formedOn, validity,
				null, DisclosureMethod.PROACTIVE);
	}

}
