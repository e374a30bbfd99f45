package org.gongkai.assistant;

import java.util.List;

/**
 * A 政务服务事项 with its 办事指南: what a citizen needs to know to get it done. The elements are those of the
 * national standard for service guides (GB/T 32169, 事项名称, 设定依据, 申请条件, 申请材料, 办理流程, 办理时限, 收费,
 * 办理地点, 办理时间, 咨询电话) plus the frequently asked questions.
 *
 * @param code the item's code (事项编码), unique within its agency
 * @param materials one entry per material to bring
 * @param aliases what citizens call the item (常用说法: 上户口 for 出生登记), which the assistant finds it by
 */
public record ServiceItem(String code, String name, String department, String basis, String conditions,
		List<String> materials, String process, String timeLimit, String fee, String location, String hours,
		String phone, List<Faq> faq, List<String> aliases) {

	/** An item without aliases. */
	public ServiceItem(String code, String name, String department, String basis, String conditions,
			List<String> materials, String process, String timeLimit, String fee, String location, String hours,
			String phone, List<Faq> faq) {
		this(code, name, department, basis, conditions, materials, process, timeLimit, fee, location, hours, phone, faq,
				List.of());
	}

	/** A question citizens often ask about the item, with its answer. */
	public record Faq(String q, String a) {

		/**
		 * FAQ pairs written as text, as the back office's form and the XLSX import take them: a line starting
		 * "问：" starts a pair, a line starting "答：" answers it, other lines continue the line before.
		 */
		public static List<Faq> parse(String text) {
			List<Faq> pairs = new java.util.ArrayList<>();
			String q = null;
			StringBuilder a = null;
			for (String line : lines(text)) {
				if (line.startsWith("问：") || line.startsWith("问:")) {
					if (q != null) {
						pairs.add(new Faq(q, a == null ? null : a.toString()));
					}
					q = line.substring(2).strip();
					a = null;
				}
				else if ((line.startsWith("答：") || line.startsWith("答:")) && q != null) {
					a = new StringBuilder(line.substring(2).strip());
				}
				else if (a != null) {
					a.append(line);
				}
				else if (q != null) {
					q = q + line;
				}
			}
			if (q != null) {
				pairs.add(new Faq(q, a == null ? null : a.toString()));
			}
			return pairs;
		}

		/** The text form {@link #parse} reads. */
		public static String format(List<Faq> faq) {
			return String.join("\n", faq.stream().map(f -> "问：" + f.q() + "\n答：" + f.a()).toList());
		}

	}

	/** The non-blank lines of a text, stripped (materials are written one a line). */
	public static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	public ServiceItem {
		materials = materials == null ? List.of() : List.copyOf(materials);
		faq = faq == null ? List.of() : List.copyOf(faq);
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
	}

}
