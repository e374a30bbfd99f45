package org.gongkai.assistant.web;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.assistant.ServiceGuide;
import org.gongkai.assistant.ServiceItem;

/**
 * The back office's form of a service item: materials one a line, FAQ as "问：" and "答：" lines.
 */
record ServiceItemForm(String agency, String code, String name, String department, String basis, String conditions,
		String materials, String process, String timeLimit, String fee, String location, String hours, String phone,
		String faq, Boolean published) {

	static ServiceItemForm empty(String agency) {
		return new ServiceItemForm(agency, "", "", "", "", "", "", "", "", "", "", "", "", "", Boolean.TRUE);
	}

	static ServiceItemForm of(ServiceGuide guide) {
		ServiceItem item = guide.item();
		return new ServiceItemForm(guide.agencyCode(), item.code(), item.name(), item.department(), item.basis(),
				item.conditions(), String.join("\n", item.materials()), item.process(), item.timeLimit(), item.fee(),
				item.location(), item.hours(), item.phone(),
				String.join("\n", item.faq().stream().map(f -> "问：" + f.q() + "\n答：" + f.a()).toList()),
				guide.published());
	}

	ServiceItem item() {
		return new ServiceItem(code, name, department, basis, conditions, lines(materials), process, timeLimit, fee,
				location, hours, phone, faq(faq));
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	/** "问：…" starts a pair and "答：…" answers it; other lines continue the line before. */
	static List<ServiceItem.Faq> faq(String text) {
		List<ServiceItem.Faq> pairs = new ArrayList<>();
		String q = null;
		StringBuilder a = null;
		for (String line : lines(text)) {
			if (line.startsWith("问：") || line.startsWith("问:")) {
				if (q != null) {
					pairs.add(new ServiceItem.Faq(q, a == null ? null : a.toString()));
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
			pairs.add(new ServiceItem.Faq(q, a == null ? null : a.toString()));
		}
		return pairs;
	}

}
