package org.gongkai.assistant.web;

import org.gongkai.assistant.ServiceGuide;
import org.gongkai.assistant.ServiceItem;

/**
 * The back office's form of a service item: materials one a line, FAQ as "问：" and "答：" lines, what citizens call
 * it (常用说法) one a line.
 */
record ServiceItemForm(String agency, String code, String name, String department, String basis, String conditions,
		String materials, String process, String timeLimit, String fee, String location, String hours, String phone,
		String faq, String aliases, Boolean published) {

	static ServiceItemForm empty(String agency) {
		return new ServiceItemForm(agency, "", "", "", "", "", "", "", "", "", "", "", "", "", "", Boolean.TRUE);
	}

	static ServiceItemForm of(ServiceGuide guide) {
		ServiceItem item = guide.item();
		return new ServiceItemForm(guide.agencyCode(), item.code(), item.name(), item.department(), item.basis(),
				item.conditions(), String.join("\n", item.materials()), item.process(), item.timeLimit(), item.fee(),
				item.location(), item.hours(), item.phone(),
				ServiceItem.Faq.format(item.faq()), String.join("\n", item.aliases()),
				guide.published());
	}

	/**
	 * The form with one more 常用说法 at the end of the list (a question from the log of questions, on one line, which
	 * staff check and save); the same form when the alias is blank or the list already has it.
	 */
	ServiceItemForm withAlias(String alias) {
		String line = oneLine(alias);
		if (line.isEmpty() || ServiceItem.lines(aliases).contains(line)) {
			return this;
		}
		String more = aliases.isBlank() ? line : aliases + "\n" + line;
		return new ServiceItemForm(agency, code, name, department, basis, conditions, materials, process, timeLimit,
				fee, location, hours, phone, faq, more, published);
	}

	/** The text on one line: its runs of spaces and line breaks as one space (a question may have several lines). */
	static String oneLine(String text) {
		return text == null ? "" : text.strip().replaceAll("\\s+", " ");
	}

	ServiceItem item() {
		return new ServiceItem(code, name, department, basis, conditions, ServiceItem.lines(materials), process,
				timeLimit, fee, location, hours, phone, ServiceItem.Faq.parse(faq), ServiceItem.lines(aliases));
	}

}
