package org.gongkai.assistant;

import java.util.List;

/**
 * A 政务服务事项 with its 办事指南: what a citizen needs to know to get it done. The elements are those of the
 * national standard for service guides (GB/T 32169, 事项名称, 设定依据, 申请条件, 申请材料, 办理流程, 办理时限, 收费,
 * 办理地点, 办理时间, 咨询电话) plus the frequently asked questions.
 *
 * @param code the item's code (事项编码), unique within its agency
 * @param materials one entry per material to bring
 */
public record ServiceItem(String code, String name, String department, String basis, String conditions,
		List<String> materials, String process, String timeLimit, String fee, String location, String hours,
		String phone, List<Faq> faq) {

	/** A question citizens often ask about the item, with its answer. */
	public record Faq(String q, String a) {
	}

	public ServiceItem {
		materials = materials == null ? List.of() : List.copyOf(materials);
		faq = faq == null ? List.of() : List.copyOf(faq);
	}

}
