package org.gongkai.publishing;

import java.util.List;

/**
 * The standard catalog every agency starts from (OGI art. 12, 19–20): the guide, the rules, the statutory content with
 * a column per art. 20 item, the annual reports and applications. Agencies edit their copy.
 */
final class CatalogTemplate {

	/** A column of the template, with the code of its parent (null at the top). */
	record Entry(String code, String parent, String name, Freshness freshness) {
	}

	static final List<Entry> ENTRIES = List.of(
			new Entry(CatalogColumn.GUIDE, null, "政府信息公开指南", Freshness.NONE),
			new Entry("rules", null, "政府信息公开制度", Freshness.NONE),
			new Entry("statutory", null, "法定主动公开内容", Freshness.NONE),
			new Entry("functions", "statutory", "机构职能", Freshness.NONE),
			new Entry("policies", "statutory", "政策文件", Freshness.NOTICE_OR_POLICY),
			new Entry("regulations", "policies", "规章", Freshness.NONE),
			new Entry("normative-documents", "policies", "行政规范性文件", Freshness.NONE),
			new Entry("other-documents", "policies", "其他文件", Freshness.NONE),
			new Entry("interpretations", "statutory", "政策解读", Freshness.NOTICE_OR_POLICY),
			new Entry("plans", "statutory", "规划计划", Freshness.PERSONNEL_OR_PLAN),
			new Entry("budgets", "statutory", "财政预决算", Freshness.PERSONNEL_OR_PLAN),
			new Entry("procurement", "statutory", "政府采购", Freshness.NONE),
			new Entry("enforcement", "statutory", "行政许可、处罚、收费公示", Freshness.NONE),
			new Entry("proposals", "statutory", "建议提案办理", Freshness.PERSONNEL_OR_PLAN),
			new Entry("personnel", "statutory", "人事信息", Freshness.PERSONNEL_OR_PLAN),
			new Entry("news", "statutory", "工作动态", Freshness.NEWS),
			new Entry("concerns", "statutory", "回应关切", Freshness.NONE),
			new Entry("annual-reports", null, "政府信息公开年报", Freshness.NONE),
			new Entry("requests", null, "依申请公开", Freshness.NONE));

	private CatalogTemplate() {
	}

}
